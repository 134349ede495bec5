package dev.byline.render;

import dev.byline.assemble.Paginator;
import dev.byline.assemble.Permalinks;
import dev.byline.model.Article;
import dev.byline.model.ArticlePage;
import dev.byline.model.Author;
import dev.byline.model.AuthorEntry;
import dev.byline.model.AuthorPage;
import dev.byline.model.AuthorsPage;
import dev.byline.model.IndexPage;
import dev.byline.model.NotFoundPage;
import dev.byline.model.Site;
import dev.byline.model.Tag;
import dev.byline.model.TagPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides every page of the site: which template renders which model into which file. */
public final class RenderPlanner {

    /** The templates a theme must have, one per kind of page. */
    public static final List<String> TEMPLATES = List.of("index.jte", "article.jte", "authors.jte", "author.jte",
            "tag.jte", "404.jte");

    private RenderPlanner() {
    }

    public static List<RenderTask> plan(Site site) {
        List<RenderTask> tasks = new ArrayList<>();
        int perPage = site.config().paginate();
        for (Paginator.Slice<Article> slice : Paginator.paginate(site.articles(), perPage, "", site.config())) {
            tasks.add(task(slice.sitePath(), "index.jte", new IndexPage(site, slice.items(), slice.pagination())));
        }
        for (Article article : site.articles()) {
            tasks.add(task(Permalinks.article(article.slug()), "article.jte", new ArticlePage(site, article)));
        }
        Map<Author, List<Article>> byAuthor = new HashMap<>();
        Map<Tag, List<Article>> byTag = new HashMap<>();
        for (Article article : site.articles()) {
            article.authors().forEach(author -> byAuthor.computeIfAbsent(author, a -> new ArrayList<>()).add(article));
            article.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(article));
        }
        List<AuthorEntry> entries = site.authors().stream()
                .map(author -> new AuthorEntry(author, byAuthor.get(author).size()))
                .toList();
        tasks.add(task(Permalinks.AUTHORS, "authors.jte", new AuthorsPage(site, entries)));
        for (Author author : site.authors()) {
            for (Paginator.Slice<Article> slice : Paginator.paginate(byAuthor.get(author), perPage,
                    Permalinks.author(author.slug()), site.config())) {
                tasks.add(task(slice.sitePath(), "author.jte",
                        new AuthorPage(site, author, slice.items(), slice.pagination())));
            }
        }
        for (Tag tag : site.tags()) {
            for (Paginator.Slice<Article> slice : Paginator.paginate(byTag.get(tag), perPage,
                    Permalinks.tag(tag.slug()), site.config())) {
                tasks.add(task(slice.sitePath(), "tag.jte", new TagPage(site, tag, slice.items(), slice.pagination())));
            }
        }
        tasks.add(new RenderTask(Permalinks.NOT_FOUND_FILE, "404.jte", new NotFoundPage(site)));
        return tasks;
    }

    private static RenderTask task(String sitePath, String template, Object model) {
        return new RenderTask(Permalinks.file(sitePath), template, model);
    }
}
