package dev.byline.plan;

import dev.byline.assemble.Archive;
import dev.byline.assemble.Neighbours;
import dev.byline.assemble.Paginator;
import dev.byline.assemble.Sections;
import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.Author;
import dev.byline.model.Page;
import dev.byline.model.Column;
import dev.byline.model.Site;
import dev.byline.model.SiteCorrection;
import dev.byline.model.SiteConfig;
import dev.byline.model.SitePaths;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceTree;
import dev.byline.template.BuiltInTheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Decides every output file of the site and how it is made: the pages (which template renders which recipe), the
 * feeds, the sitemaps and robots.txt, the copies of static files and theme assets, and the built-in theme's assets
 * the site does not replace. Reads the site without recording (this is planning, not rendering) and renders
 * nothing, so planning a 10,000-article site again after each change is cheap.
 */
public final class RenderPlanner {

    static final int MAX_SITEMAP_URLS = 50_000;
    /** Google's limit for a news sitemap file. */
    static final int MAX_NEWS_SITEMAP_URLS = 1_000;

    private final Site site;
    private final SiteConfig config;
    private final Sections sections;
    private final String theme;

    /**
     * @param theme the fingerprint of the theme the pages are rendered with
     */
    public RenderPlanner(Site site, Sections sections, String theme) {
        this.site = site;
        this.config = site.config();
        this.sections = sections;
        this.theme = theme;
    }

    public RenderPlan plan(SourceTree tree) {
        List<Task> tasks = new ArrayList<>();
        List<PageTask> pages = pages();
        tasks.addAll(pages);
        tasks.addAll(feeds());
        tasks.addAll(sitemaps(pages));
        tasks.addAll(redirectLists());
        tasks.addAll(copies(tree));
        return new RenderPlan(tasks);
    }

    private List<PageTask> pages() {
        List<PageTask> pages = new ArrayList<>();
        int perPage = config.paginate();
        ArticleDate newest = latest(site.articles());
        for (Paginator.Slice<Article> slice : Paginator.paginate(sections.index(), perPage, "", config)) {
            pages.add(listPage(slice, "index.jte", new PageRecipe.ListPage(PageRecipe.Listing.INDEX, "",
                    sources(slice.items()), slice.pagination().number(), slice.pagination().total()), newest));
        }
        Neighbours neighbours = new Neighbours(site);
        for (Article article : site.articles()) {
            pages.add(new PageTask(SitePaths.file(config.articlePath(article.slug(), article.date())), article.url(), "article.jte",
                    theme, new PageRecipe.ArticleView(article.source(), source(neighbours.previous(article)),
                    source(neighbours.next(article)), sources(neighbours.related(article)),
                    article.inResponseTo().isEmpty() ? null : article.inResponseTo(),
                    sources(sections.responsesTo(article))), article.modified(), !article.hasCanonical()));
            for (String alias : article.aliases()) {
                pages.add(new PageTask(SitePaths.file(alias), config.href(alias), "redirect.jte", theme,
                        new PageRecipe.Redirect(article.source()), null, false));
            }
        }
        pages.add(new PageTask(SitePaths.file(SitePaths.AUTHORS), config.authorsUrl(), "authors.jte",
                theme, new PageRecipe.Directory(PageRecipe.Listing.AUTHOR, site.authors().stream().map(Author::slug).toList(),
                site.authors().stream().map(author -> sections.of(author).size()).toList()), newest, true));
        for (Author author : site.authors()) {
            List<Article> articles = sections.of(author);
            ArticleDate changed = latest(articles);
            for (Paginator.Slice<Article> slice : Paginator.paginate(articles, perPage,
                    SitePaths.author(author.slug()), config)) {
                pages.add(listPage(slice, "author.jte", new PageRecipe.ListPage(PageRecipe.Listing.AUTHOR,
                        author.slug(), sources(slice.items()), slice.pagination().number(),
                        slice.pagination().total()), changed));
            }
        }
        pages.add(new PageTask(SitePaths.file(SitePaths.TAGS), config.tagsUrl(), "tags.jte", theme,
                new PageRecipe.Directory(PageRecipe.Listing.TAG, site.tags().stream().map(Tag::slug).toList(),
                        site.tags().stream().map(tag -> sections.of(tag).size()).toList()), newest, true));
        for (Tag tag : site.tags()) {
            List<Article> articles = sections.of(tag);
            ArticleDate changed = latest(articles);
            for (Paginator.Slice<Article> slice : Paginator.paginate(articles, perPage, SitePaths.tag(tag.slug()),
                    config)) {
                pages.add(listPage(slice, "tag.jte", new PageRecipe.ListPage(PageRecipe.Listing.TAG, tag.slug(),
                        sources(slice.items()), slice.pagination().number(), slice.pagination().total()), changed));
            }
        }
        for (Page page : site.pages()) {
            pages.add(new PageTask(SitePaths.file(SitePaths.page(page.slug())), page.url(), "page.jte", theme,
                    new PageRecipe.Standalone(page.slug()), page.updated(), true));
        }
        for (WorkType type : listedTypes()) {
            List<Article> articles = sections.of(type);
            ArticleDate changed = latest(articles);
            for (Paginator.Slice<Article> slice : Paginator.paginate(articles, perPage, SitePaths.type(type),
                    config)) {
                pages.add(listPage(slice, "type.jte", new PageRecipe.ListPage(PageRecipe.Listing.TYPE, type.id(),
                        sources(slice.items()), slice.pagination().number(), slice.pagination().total()), changed));
            }
        }
        for (Column column : sections.columns()) {
            List<Article> articles = sections.of(column);
            ArticleDate changed = latest(articles);
            for (Paginator.Slice<Article> slice : Paginator.paginate(articles, perPage,
                    SitePaths.column(column.slug()), config)) {
                pages.add(listPage(slice, "column.jte", new PageRecipe.ListPage(PageRecipe.Listing.COLUMN,
                        column.slug(), sources(slice.items()), slice.pagination().number(),
                        slice.pagination().total()), changed));
            }
        }
        pages.addAll(archive());
        pages.add(new PageTask(SitePaths.file(SitePaths.CORRECTIONS), config.href(SitePaths.CORRECTIONS),
                "corrections.jte", theme, new PageRecipe.Corrections(sources(sections.corrected())),
                SiteCorrection.newestFirst(sections.corrected()).stream().findFirst()
                        .map(entry -> entry.correction().date()).orElse(null), true));
        pages.add(new PageTask(SitePaths.NOT_FOUND_FILE, config.href(SitePaths.NOT_FOUND_FILE), "404.jte", theme,
                new PageRecipe.NotFound(), null, false));
        return pages;
    }

    /**
     * The archive: its first page, with how many pieces each month published, and a page for each year with
     * published pieces.
     */
    private List<PageTask> archive() {
        SortedMap<Integer, List<Article>> years = Archive.byYear(sections.published());
        List<String> months = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<PageTask> pages = new ArrayList<>();
        List<Integer> yearNumbers = List.copyOf(years.keySet());
        years.forEach((year, articles) -> {
            Archive.byMonth(articles).forEach((month, published) -> {
                months.add(month.toString());
                counts.add(published.size());
            });
            String path = SitePaths.archiveYear(year);
            pages.add(new PageTask(SitePaths.file(path), config.href(path), "year.jte", theme,
                    new PageRecipe.Year(year, sources(articles), yearNumbers), latest(articles), true));
        });
        pages.add(0, new PageTask(SitePaths.file(SitePaths.ARCHIVE), config.href(SitePaths.ARCHIVE), "archive.jte",
                theme, new PageRecipe.Archive(months, counts), latest(sections.published()), true));
        return pages;
    }

    private PageTask listPage(Paginator.Slice<Article> slice, String template, PageRecipe recipe,
                              ArticleDate lastModified) {
        return new PageTask(SitePaths.file(slice.sitePath()), slice.pagination().url(), template, theme, recipe,
                lastModified, true);
    }

    /** The types of work the site publishes that get a list page (site.yaml's {@code list}). */
    private List<WorkType> listedTypes() {
        return sections.types().stream().filter(type -> config.types().of(type).listed()).toList();
    }

    /**
     * The Atom feeds (the site's, then each author's, tag's, listed type's and column's, and the corrections'), the
     * site's JSON Feed and its RSS feed.
     */
    private List<FeedTask> feeds() {
        List<FeedTask> feeds = new ArrayList<>();
        feeds.add(new FeedTask(SitePaths.ATOM_FEED, FeedTask.Format.ATOM, config.title(), config.href(""),
                config.feedUrl(), newest(site.articles())));
        for (Author author : site.authors()) {
            feeds.add(new FeedTask(SitePaths.atomFeedIn(SitePaths.author(author.slug())), FeedTask.Format.ATOM,
                    author.name() + " — " + config.title(), author.url(), author.feedUrl(),
                    newest(sections.of(author))));
        }
        for (Tag tag : site.tags()) {
            feeds.add(new FeedTask(SitePaths.atomFeedIn(SitePaths.tag(tag.slug())), FeedTask.Format.ATOM,
                    tag.name() + " — " + config.title(), tag.url(), tag.feedUrl(), newest(sections.of(tag))));
        }
        for (WorkType type : listedTypes()) {
            String title = config.types().of(type).title();
            feeds.add(new FeedTask(SitePaths.atomFeedIn(SitePaths.type(type)), FeedTask.Format.ATOM,
                    title + " — " + config.title(), config.typeUrl(type), config.typeFeedUrl(type),
                    newest(sections.of(type))));
        }
        for (Column column : sections.columns()) {
            feeds.add(new FeedTask(SitePaths.atomFeedIn(SitePaths.column(column.slug())), FeedTask.Format.ATOM,
                    column.name() + " — " + config.title(), column.url(), column.feedUrl(),
                    newest(sections.of(column))));
        }
        feeds.add(new FeedTask(SitePaths.atomFeedIn(SitePaths.CORRECTIONS), FeedTask.Format.ATOM_CORRECTIONS,
                "Corrections — " + config.title(), config.href(SitePaths.CORRECTIONS),
                config.href(SitePaths.atomFeedIn(SitePaths.CORRECTIONS)), sources(sections.corrected())));
        feeds.add(new FeedTask(SitePaths.JSON_FEED, FeedTask.Format.JSON, config.title(), config.href(""),
                config.jsonFeedUrl(), newest(site.articles())));
        feeds.add(new FeedTask(SitePaths.RSS_FEED, FeedTask.Format.RSS, config.title(), config.href(""),
                config.rssFeedUrl(), newest(site.articles())));
        return feeds;
    }

    /**
     * {@code sitemap.xml} listing every page but the 404 page, the Google News sitemap of the articles of the last
     * two days ({@link Site#news()}), then robots.txt naming both.
     */
    private List<Task> sitemaps(List<PageTask> pages) {
        List<Task> tasks = new ArrayList<>(sitemap(pages.stream()
                .filter(PageTask::inSitemap)
                .map(page -> new SitemapTask.Entry(config.absolute(page.url()),
                        page.lastModified() == null ? "" : page.lastModified().iso()))
                .toList(), config));
        tasks.addAll(newsSitemap(site.news().stream()
                .map(article -> new NewsSitemapTask.Entry(config.absolute(article.url()), article.title(),
                        article.date().iso()))
                .toList(), config));
        tasks.add(robots(config));
        return tasks;
    }

    /**
     * {@code sitemap.xml}; past {@link #MAX_SITEMAP_URLS} URLs, the pages go into {@code sitemap-1.xml},
     * {@code sitemap-2.xml}... and {@code sitemap.xml} is their index.
     */
    static List<Task> sitemap(List<SitemapTask.Entry> entries, SiteConfig config) {
        return split(SitePaths.SITEMAP, entries, MAX_SITEMAP_URLS, SitePaths::sitemapPart,
                (file, part) -> new SitemapTask(file, false, part), SitemapTask.Entry::lastModified, config);
    }

    /**
     * {@code news-sitemap.xml}, an empty {@code urlset} when no article is recent (so that robots.txt never names
     * a missing file); past {@link #MAX_NEWS_SITEMAP_URLS} articles, they go into {@code news-sitemap-1.xml}...
     * and {@code news-sitemap.xml} is their index, as Google asks.
     */
    static List<Task> newsSitemap(List<NewsSitemapTask.Entry> entries, SiteConfig config) {
        return split(SitePaths.NEWS_SITEMAP, entries, MAX_NEWS_SITEMAP_URLS, SitePaths::newsSitemapPart,
                NewsSitemapTask::new, NewsSitemapTask.Entry::published, config);
    }

    static FixedTask robots(SiteConfig config) {
        return FixedTask.text(SitePaths.ROBOTS, "sitemap", "User-agent: *\nAllow: /\n\nSitemap: "
                + config.absolute(config.href(SitePaths.SITEMAP)) + "\nSitemap: "
                + config.absolute(config.href(SitePaths.NEWS_SITEMAP)) + "\n");
    }

    /**
     * One file of {@code entries}, or, past {@code most}, parts named by {@code partName} and {@code file} their
     * sitemap index, which gives each part the newest {@code date} of its entries.
     */
    private static <E> List<Task> split(String file, List<E> entries, int most, IntFunction<String> partName,
                                        BiFunction<String, List<E>, Task> part, Function<E, String> date,
                                        SiteConfig config) {
        if (entries.size() <= most) {
            return List.of(part.apply(file, entries));
        }
        List<Task> tasks = new ArrayList<>();
        List<SitemapTask.Entry> parts = new ArrayList<>();
        for (int start = 0, number = 1; start < entries.size(); start += most, number++) {
            String name = partName.apply(number);
            List<E> slice = entries.subList(start, Math.min(start + most, entries.size()));
            tasks.add(part.apply(name, slice));
            String newest = slice.stream().map(date).max(String::compareTo).orElse("");
            parts.add(new SitemapTask.Entry(config.absolute(config.href(name)), newest));
        }
        tasks.add(new SitemapTask(file, true, parts));
        return tasks;
    }

    /**
     * Every old address ({@code aliases:}) and the article it leads to, for hosts that redirect by a list:
     * {@code _redirects} (Netlify, Cloudflare Pages) and an nginx {@code map} ({@link SitePaths#NGINX_REDIRECTS});
     * none when no article has an alias. A folder's address is listed with and without its slash and with its
     * {@code index.html}, as a browser may ask for any of them.
     */
    private List<Task> redirectLists() {
        StringBuilder redirects = new StringBuilder();
        StringBuilder map = new StringBuilder("# Old addresses of articles (aliases:), made by Byline: include this "
                + "file in nginx's http {} block and\n# add  if ($byline_redirect) { return 301 $byline_redirect; }"
                + "  to the site's server {} block.\nmap $uri $byline_redirect {\n");
        for (Article article : site.articles()) {
            for (String alias : article.aliases()) {
                String from = config.href(alias);
                redirects.append(from).append(' ').append(article.url()).append(" 301\n");
                List<String> asked = from.endsWith("/") ? List.of(from, from.substring(0, from.length() - 1),
                        config.href(SitePaths.file(alias))) : List.of(from);
                asked.forEach(path -> map.append("    ").append(nginxString(path)).append(' ')
                        .append(nginxString(article.url())).append(";\n"));
            }
        }
        if (redirects.isEmpty()) {
            return List.of();
        }
        return List.of(FixedTask.text(SitePaths.REDIRECTS, "aliases", redirects.toString()),
                FixedTask.text(SitePaths.NGINX_REDIRECTS, "aliases", map.append("}\n").toString()));
    }

    /** A path as an nginx string: quoted, so that no character of it is read as syntax. */
    private static String nginxString(String path) {
        return "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Static files to the site root, theme assets under {@code assets/}, then the built-in assets not replaced. */
    private static List<Task> copies(SourceTree tree) {
        List<Task> copies = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (SourceFile file : tree.ofKind(SourceKind.STATIC)) {
            copies.add(new CopyTask(file.relative(), file));
            files.add(file.relative());
        }
        for (SourceFile file : tree.ofKind(SourceKind.ASSET)) {
            copies.add(new CopyTask(SitePaths.asset(file.relative()), file));
            files.add(SitePaths.asset(file.relative()));
        }
        BuiltInTheme.assets().forEach((file, bytes) -> {
            if (!files.contains(file)) {
                copies.add(new FixedTask(file, "built-in theme", bytes));
            }
        });
        return copies;
    }

    private List<String> newest(List<Article> articles) {
        return sources(articles.subList(0, Math.min(config.feedSize(), articles.size())));
    }

    private static List<String> sources(List<Article> articles) {
        return articles.stream().map(Article::source).toList();
    }

    private static String source(Article article) {
        return article == null ? null : article.source();
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
