package dev.byline.render;

import dev.byline.assemble.Archive;
import dev.byline.assemble.Paginator;
import dev.byline.metadata.PageMetadata;
import dev.byline.model.ArchiveMonth;
import dev.byline.model.ArchivePage;
import dev.byline.model.ArchiveYear;
import dev.byline.model.ArchiveYearPage;
import dev.byline.model.Article;
import dev.byline.model.ArticlePage;
import dev.byline.model.Author;
import dev.byline.model.AuthorEntry;
import dev.byline.model.AuthorPage;
import dev.byline.model.AuthorsPage;
import dev.byline.model.Column;
import dev.byline.model.ColumnPage;
import dev.byline.model.CorrectionsPage;
import dev.byline.model.IndexPage;
import dev.byline.model.Member;
import dev.byline.model.NavLink;
import dev.byline.model.NotFoundPage;
import dev.byline.model.RedirectPage;
import dev.byline.model.Page;
import dev.byline.model.PageModel;
import dev.byline.model.Pagination;
import dev.byline.model.Site;
import dev.byline.model.SiteCorrection;
import dev.byline.model.SitePaths;
import dev.byline.model.StandalonePage;
import dev.byline.model.Tag;
import dev.byline.model.TagEntry;
import dev.byline.model.TagPage;
import dev.byline.model.TagsPage;
import dev.byline.model.TypePage;
import dev.byline.model.WorkType;
import dev.byline.plan.PageRecipe;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
    private final Map<String, Page> pages;

    public PageModels(Site site) {
        this.site = site;
        this.metadata = new PageMetadata(site.config());
        this.articles = byKey(site.articles(), Article::source);
        this.authors = byKey(site.authors(), Author::slug);
        this.tags = byKey(site.tags(), Tag::slug);
        this.pages = byKey(site.pages(), Page::slug);
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
                    articles(view.related()), article(view.inResponseTo()), articles(view.responses()),
                    metadata.article(article));
        }
        if (recipe instanceof PageRecipe.ListPage list) {
            return listPage(list);
        }
        if (recipe instanceof PageRecipe.Directory directory) {
            return directory.listing() == PageRecipe.Listing.AUTHOR
                    ? new AuthorsPage(site, entries(directory, authors, AuthorEntry::new), metadata.authors())
                    : new TagsPage(site, entries(directory, tags, TagEntry::new), metadata.tags());
        }
        if (recipe instanceof PageRecipe.Standalone standalone) {
            Page page = pages.get(standalone.page());
            return new StandalonePage(site, page, metadata.page(page));
        }
        if (recipe instanceof PageRecipe.Archive archive) {
            return archivePage(archive);
        }
        if (recipe instanceof PageRecipe.Year year) {
            return yearPage(year);
        }
        if (recipe instanceof PageRecipe.Corrections corrections) {
            return new CorrectionsPage(site, SiteCorrection.newestFirst(articles(corrections.articles())),
                    metadata.corrections());
        }
        if (recipe instanceof PageRecipe.Redirect redirect) {
            Article article = article(redirect.article());
            return new RedirectPage(site, metadata.redirect(article), article);
        }
        return new NotFoundPage(site, metadata.notFound());
    }

    /** The archive's first page: the recipe's months, with how many pieces each published, by year. */
    private ArchivePage archivePage(PageRecipe.Archive archive) {
        SortedMap<Integer, List<ArchiveMonth>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < archive.months().size(); i++) {
            YearMonth month = YearMonth.parse(archive.months().get(i));
            byYear.computeIfAbsent(month.getYear(), year -> new ArrayList<>())
                    .add(new ArchiveMonth(month, archive.counts().get(i), List.of()));
        }
        List<ArchiveYear> years = new ArrayList<>(byYear.size());
        byYear.forEach((year, months) -> years.add(new ArchiveYear(year, yearUrl(year), months)));
        return new ArchivePage(site, years, metadata.archive());
    }

    private ArchiveYearPage yearPage(PageRecipe.Year recipe) {
        List<ArchiveMonth> months = new ArrayList<>();
        Archive.byMonth(articles(recipe.articles())).forEach((month, published) ->
                months.add(new ArchiveMonth(month, published.size(), published)));
        ArchiveYear year = new ArchiveYear(recipe.year(), yearUrl(recipe.year()), months);
        List<NavLink> years = recipe.years().stream()
                .map(other -> new NavLink(String.valueOf(other), "/" + SitePaths.archiveYear(other))).toList();
        return new ArchiveYearPage(site, year, years, metadata.archiveYear(year));
    }

    private String yearUrl(int year) {
        return site.config().href(SitePaths.archiveYear(year));
    }

    private PageModel listPage(PageRecipe.ListPage list) {
        List<Article> listed = articles(list.articles());
        switch (list.listing()) {
            case AUTHOR: {
                Author author = authors.get(list.key());
                Pagination pagination = pagination(list, SitePaths.author(author.slug()));
                List<Member> members = author.members().stream()
                        .map(person -> new Member(person, site.hasPage(person)))
                        .toList();
                return new AuthorPage(site, author, listed, pagination, metadata.author(author, members, pagination),
                        members);
            }
            case TAG: {
                Tag tag = tags.get(list.key());
                Pagination pagination = pagination(list, SitePaths.tag(tag.slug()));
                return new TagPage(site, tag, listed, pagination, metadata.tag(tag, pagination));
            }
            case TYPE: {
                WorkType type = WorkType.byId(list.key()).orElseThrow();
                Pagination pagination = pagination(list, SitePaths.type(type));
                return new TypePage(site, type, site.config().types().of(type), listed, pagination,
                        metadata.type(type, site.config().types().of(type), pagination));
            }
            case COLUMN: {
                // every piece of a column holds the column as named for the site, so the first one's will do
                Column column = listed.get(0).column();
                List<Author> columnists = List.copyOf(new LinkedHashSet<>(listed.stream()
                        .flatMap(article -> article.authors().stream()).toList()));
                Pagination pagination = pagination(list, SitePaths.column(column.slug()));
                return new ColumnPage(site, column, columnists, listed, pagination,
                        metadata.column(column, columnists, pagination));
            }
            default: {
                Pagination pagination = pagination(list, "");
                return new IndexPage(site, listed, pagination, metadata.index(pagination));
            }
        }
    }

    private Pagination pagination(PageRecipe.ListPage list, String firstPage) {
        return Paginator.pagination(list.number(), list.total(), firstPage, site.config());
    }

    private interface Entry<T, E> {
        E of(T item, int count);
    }

    private static <T, E> List<E> entries(PageRecipe.Directory directory, Map<String, T> items, Entry<T, E> entry) {
        List<E> entries = new ArrayList<>(directory.keys().size());
        for (int i = 0; i < directory.keys().size(); i++) {
            entries.add(entry.of(items.get(directory.keys().get(i)), directory.articleCounts().get(i)));
        }
        return entries;
    }
}
