package dev.byline.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where everything the site makes lives, as site paths (relative to the site root, ending with a slash for
 * folders): the one place that names them. Every page is a folder with an {@code index.html}, so URLs stay clean on
 * any static host. Links are made from these by {@link SiteConfig#href(String)}, which adds the base path; templates
 * use {@link SiteConfig}'s and the records' URL methods ({@code config.feedUrl()}, {@code author.feedUrl()}).
 */
public final class SitePaths {

    /** The articles' folder, whose own page is the archive: every published piece, by year and month. */
    public static final String ARCHIVE = "articles/";
    public static final String AUTHORS = "authors/";
    public static final String TAGS = "tags/";
    public static final String TYPES = "types/";
    public static final String COLUMNS = "columns/";
    /** The list of every correction on the site, with its Atom feed. */
    public static final String CORRECTIONS = "corrections/";
    public static final String NOT_FOUND_FILE = "404.html";
    /** The Atom feed of a folder: the site's at the root, an author's or a tag's in their page's folder. */
    public static final String ATOM_FEED = "feed.xml";
    public static final String JSON_FEED = "feed.json";
    /** The site's RSS 2.0 feed, for newsletter tools (Mailchimp's RSS campaigns, Buttondown). */
    public static final String RSS_FEED = "rss.xml";
    public static final String SITEMAP = "sitemap.xml";
    /** The Google News sitemap: the articles of the last two days ({@link NewsWindow}). */
    public static final String NEWS_SITEMAP = "news-sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String ASSETS = "assets/";
    /** The old addresses and where they lead, as Netlify and Cloudflare Pages read them. */
    public static final String REDIRECTS = "_redirects";
    /**
     * The same as an nginx {@code map}, in a folder no page links to, for the server's configuration to include
     * (README, "Redirects").
     */
    public static final String NGINX_REDIRECTS = ".byline/nginx-redirects.conf";

    private static final String FOLDER_INDEX = "index.html";
    /** The folder of a list's later pages ({@link #listPage}). */
    private static final String LIST_PAGES = "page/";
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /**
     * The first parts of the site's own paths, which no page of {@code content/pages/} may take as its slug: the
     * folders of articles, authors, tags, types, columns, corrections and assets, and {@code page}, of the index's
     * later pages ({@link #listPage}).
     */
    public static final List<String> RESERVED = Stream.of(ARCHIVE, AUTHORS, TAGS, TYPES, COLUMNS, CORRECTIONS,
            ASSETS, LIST_PAGES).map(folder -> folder.substring(0, folder.length() - 1)).toList();

    private SitePaths() {
    }

    /** An article's page: where site.yaml's {@code permalink:} puts it ({@code articles/<slug>/} by default). */
    public static String article(Permalink permalink, String slug, ArticleDate date) {
        return permalink.path(slug, date);
    }

    /**
     * What of the site's own an article's or a redirect's path would take, in words ("the tags' folder"); empty
     * when it takes nothing: the home page, the 404 page, the feeds, sitemap and robots.txt, a folder
     * of {@link #RESERVED} but the articles', the archive or a year's page ({@code articles/2025/}).
     */
    public static Optional<String> siteClash(String path) {
        String file = file(path);
        if (file.equals(FOLDER_INDEX)) {
            return Optional.of("the home page");
        }
        if (List.of(NOT_FOUND_FILE, ATOM_FEED, JSON_FEED, RSS_FEED, SITEMAP, NEWS_SITEMAP, ROBOTS).contains(file)) {
            return Optional.of("the site's own file /" + file);
        }
        String first = path.substring(0, path.indexOf('/') + 1);
        if (first.equals(ARCHIVE)) {
            String rest = path.substring(ARCHIVE.length());
            return rest.isEmpty() || isYear(rest.replaceAll("/(index\\.html)?$", ""))
                    ? Optional.of("the archive's page /" + path) : Optional.empty();
        }
        return RESERVED.contains(first.isEmpty() ? path : first.substring(0, first.length() - 1))
                ? Optional.of("the site's own folder /" + (first.isEmpty() ? path : first)) : Optional.empty();
    }

    /** The archive's page of one year: {@code articles/2025/}. */
    public static String archiveYear(int year) {
        return ARCHIVE + year + "/";
    }

    /** Whether an article's slug is a year's, which would take the address of that year's archive page. */
    public static boolean isYear(String slug) {
        return YEAR.matcher(slug).matches();
    }

    /** One of the site's pages ({@code content/pages/}): {@code about/}. */
    public static String page(String slug) {
        return slug + "/";
    }

    public static String author(String slug) {
        return AUTHORS + slug + "/";
    }

    public static String tag(String slug) {
        return TAGS + slug + "/";
    }

    /** The list of one type of work: {@code types/editorial/}. */
    public static String type(WorkType type) {
        return TYPES + type.id() + "/";
    }

    public static String column(String slug) {
        return COLUMNS + slug + "/";
    }

    /**
     * The Atom feed in a folder: {@code authors/x/} -> {@code authors/x/feed.xml}; a link to the folder gives a link
     * to the feed.
     */
    public static String atomFeedIn(String folder) {
        return folder + ATOM_FEED;
    }

    /** Part {@code number} of a sitemap too long for one file; {@link #SITEMAP} is then the index of the parts. */
    public static String sitemapPart(int number) {
        return "sitemap-" + number + ".xml";
    }

    /**
     * Part {@code number} of a news sitemap too long for one file; {@link #NEWS_SITEMAP} is then the index of the
     * parts.
     */
    public static String newsSitemapPart(int number) {
        return "news-sitemap-" + number + ".xml";
    }

    /** A theme asset ({@code templates/assets/style.css} or the built-in theme's): {@code assets/style.css}. */
    public static String asset(String name) {
        return ASSETS + name;
    }

    /** Page {@code number} of a list whose first page is at {@code firstPage}: {@code firstPage/page/N/}. */
    public static String listPage(String firstPage, int number) {
        return number == 1 ? firstPage : firstPage + LIST_PAGES + number + "/";
    }

    /** The file that serves a site path: {@code articles/x/} -> {@code articles/x/index.html}. */
    public static String file(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + FOLDER_INDEX : sitePath;
    }
}
