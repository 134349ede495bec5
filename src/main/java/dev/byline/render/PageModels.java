package dev.byline.render;

import dev.byline.assemble.Paginator;
import dev.byline.metadata.PageMetadata;
import dev.byline.model.Article;
import dev.byline.model.ArticlePage;
import dev.byline.model.Author;
import dev.byline.model.AuthorEntry;
import dev.byline.model.AuthorPage;
import dev.byline.model.AuthorsPage;
import dev.byline.model.IndexPage;
import dev.byline.model.NotFoundPage;
import dev.byline.model.PageModel;
import dev.byline.model.Pagination;
import dev.byline.model.Site;
import dev.byline.model.SitePaths;
import dev.byline.model.Tag;
import dev.byline.model.TagEntry;
import dev.byline.model.TagPage;
import dev.byline.model.TagsPage;
import dev.byline.plan.PageRecipe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a page's model from its recipe, when the page renders: the articles, authors and tags the recipe names,
 * looked up by key, and the page's head ({@link PageMetadata}), all inside the task's recording, so that what the
 * model reads of them counts as the page's reads. Thread-safe.
 */
public final class PageModels {

    private final Site site;
    private final PageMetadata metadata;
    private final Map<String, Article> articles;
    private final Map<String, Author> authors;
    private final Map<String, Tag> tags;

    public PageModels(Site site) {
        this.site = site;
        this.metadata = new PageMetadata(site.config());
        this.articles = byKey(site.articles(), Article::source);
        this.authors = byKey(site.authors(), Author::slug);
        this.tags = byKey(site.tags(), Tag::slug);
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new HashMap<>(items.size() * 2);
        items.forEach(item -> byKey.put(key.apply(item), item));
        return byKey;
    }

    /** The articles of these sources, in order. */
    public List<Article> articles(List<String> sources) {
        List<Article> found = new ArrayList<>(sources.size());
        sources.forEach(source -> found.add(article(source)));
        return found;
    }

    private Article article(String source) {
        return source == null ? null : articles.get(source);
    }

    public PageModel build(PageRecipe recipe) {
        // a chain of instanceof, not a switch over the sealed type: Byline's bytecode is Java 17's
        if (recipe instanceof PageRecipe.ArticleView view) {
            Article article = article(view.article());
            return new ArticlePage(site, article, article(view.previous()), article(view.next()),
                    articles(view.related()), metadata.article(article));
        }
        if (recipe instanceof PageRecipe.Index index) {
            Pagination pagination = Paginator.pagination(index.number(), index.total(), "", site.config());
            return new IndexPage(site, articles(index.articles()), pagination, metadata.index(pagination));
        }
        if (recipe instanceof PageRecipe.AuthorList list) {
            Author author = authors.get(list.author());
            Pagination pagination = Paginator.pagination(list.number(), list.total(),
                    SitePaths.author(author.slug()), site.config());
            return new AuthorPage(site, author, articles(list.articles()), pagination,
                    metadata.author(author, pagination));
        }
        if (recipe instanceof PageRecipe.TagList list) {
            Tag tag = tags.get(list.tag());
            Pagination pagination = Paginator.pagination(list.number(), list.total(), SitePaths.tag(tag.slug()),
                    site.config());
            return new TagPage(site, tag, articles(list.articles()), pagination, metadata.tag(tag, pagination));
        }
        if (recipe instanceof PageRecipe.Authors list) {
            return new AuthorsPage(site, entries(list.authors(), list.articleCounts(), authors, AuthorEntry::new),
                    metadata.authors());
        }
        if (recipe instanceof PageRecipe.Tags list) {
            return new TagsPage(site, entries(list.tags(), list.articleCounts(), tags, TagEntry::new),
                    metadata.tags());
        }
        return new NotFoundPage(site, metadata.notFound());
    }

    private interface Entry<T, E> {
        E of(T item, int count);
    }

    private static <T, E> List<E> entries(List<String> keys, List<Integer> counts, Map<String, T> items,
                                          Entry<T, E> entry) {
        List<E> entries = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            entries.add(entry.of(items.get(keys.get(i)), counts.get(i)));
        }
        return entries;
    }
}
