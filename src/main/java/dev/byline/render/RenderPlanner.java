package dev.byline.render;

import dev.byline.assemble.Neighbours;
import dev.byline.assemble.Paginator;
import dev.byline.assemble.Permalinks;
import dev.byline.assemble.Sections;
import dev.byline.metadata.PageMetadata;
import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticlePage;
import dev.byline.model.Author;
import dev.byline.model.AuthorEntry;
import dev.byline.model.AuthorPage;
import dev.byline.model.AuthorsPage;
import dev.byline.model.IndexPage;
import dev.byline.model.NotFoundPage;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.model.Tag;
import dev.byline.model.TagEntry;
import dev.byline.model.TagPage;
import dev.byline.model.TagsPage;
import java.util.ArrayList;
import java.util.List;

/** Decides every page of the site: which template renders which model into which file. */
public final class RenderPlanner {

    /** The templates a theme must have, one per kind of page. */
    public static final List<String> TEMPLATES = List.of("index.jte", "article.jte", "authors.jte", "author.jte",
            "tags.jte", "tag.jte", "404.jte");

    private RenderPlanner() {
    }

    public static List<RenderTask> plan(Site site, Sections sections) {
        SiteConfig config = site.config();
        PageMetadata metadata = new PageMetadata(config);
        List<RenderTask> tasks = new ArrayList<>();
        int perPage = config.paginate();
        ArticleDate newest = latest(site.articles());
        for (Paginator.Slice<Article> slice : Paginator.paginate(sections.index(), perPage, "", config)) {
            tasks.add(task(slice, "index.jte", new IndexPage(site, slice.items(), slice.pagination(),
                    metadata.index(slice.pagination())), newest));
        }
        Neighbours neighbours = new Neighbours(site);
        for (Article article : site.articles()) {
            ArticlePage page = new ArticlePage(site, article, neighbours.previous(article), neighbours.next(article),
                    neighbours.related(article), metadata.article(article));
            tasks.add(new RenderTask(Permalinks.file(Permalinks.article(article.slug())), article.url(),
                    "article.jte", page, article.modified(), true));
        }
        List<AuthorEntry> entries = site.authors().stream()
                .map(author -> new AuthorEntry(author, sections.of(author).size()))
                .toList();
        tasks.add(new RenderTask(Permalinks.file(Permalinks.AUTHORS), config.href(Permalinks.AUTHORS), "authors.jte",
                new AuthorsPage(site, entries, metadata.authors()), newest, true));
        for (Author author : site.authors()) {
            List<Article> articles = sections.of(author);
            ArticleDate changed = latest(articles);
            for (Paginator.Slice<Article> slice : Paginator.paginate(articles, perPage,
                    Permalinks.author(author.slug()), config)) {
                tasks.add(task(slice, "author.jte", new AuthorPage(site, author, slice.items(), slice.pagination(),
                        metadata.author(author, slice.pagination())), changed));
            }
        }
        List<TagEntry> tagEntries = site.tags().stream()
                .map(tag -> new TagEntry(tag, sections.of(tag).size()))
                .toList();
        tasks.add(new RenderTask(Permalinks.file(Permalinks.TAGS), config.href(Permalinks.TAGS), "tags.jte",
                new TagsPage(site, tagEntries, metadata.tags()), newest, true));
        for (Tag tag : site.tags()) {
            List<Article> articles = sections.of(tag);
            ArticleDate changed = latest(articles);
            for (Paginator.Slice<Article> slice : Paginator.paginate(articles, perPage, Permalinks.tag(tag.slug()),
                    config)) {
                tasks.add(task(slice, "tag.jte", new TagPage(site, tag, slice.items(), slice.pagination(),
                        metadata.tag(tag, slice.pagination())), changed));
            }
        }
        tasks.add(new RenderTask(Permalinks.NOT_FOUND_FILE, config.href(Permalinks.NOT_FOUND_FILE), "404.jte",
                new NotFoundPage(site, metadata.notFound()), null, false));
        return tasks;
    }

    private static RenderTask task(Paginator.Slice<Article> slice, String template, Object model,
                                   ArticleDate lastModified) {
        return new RenderTask(Permalinks.file(slice.sitePath()), slice.pagination().url(), template, model,
                lastModified, true);
    }

    /** The latest change among articles (a list page changes when any of its articles does); null for none. */
    private static ArticleDate latest(List<Article> articles) {
        ArticleDate latest = null;
        for (Article article : articles) {
            if (latest == null || article.modified().compareTo(latest) > 0) {
                latest = article.modified();
            }
        }
        return latest;
    }
}
