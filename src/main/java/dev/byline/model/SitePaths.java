package dev.byline.model;

import java.util.List;

/**
 * Where everything the site makes lives, as site paths (relative to the site root, ending with a slash for
 * folders): the one place that names them. Every page is a folder with an {@code index.html}, so URLs stay clean on
 * any static host. Links are made from these by {@link SiteConfig#href(String)}, which adds the base path; templates
 * use {@link SiteConfig}'s and the records' URL methods ({@code config.feedUrl()}, {@code author.feedUrl()}).
 */
public final class SitePaths {

    public static final String AUTHORS = "authors/";
    public static final String TAGS = "tags/";
    public static final String TYPES = "types/";
    public static final String COLUMNS = "columns/";
    public static final String NOT_FOUND_FILE = "404.html";
    /** The Atom feed of a folder: the site's at the root, an author's or a tag's in their page's folder. */
    public static final String ATOM_FEED = "feed.xml";
    public static final String JSON_FEED = "feed.json";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String ASSETS = "assets/";

    private static final String FOLDER_INDEX = "index.html";

    /**
     * The first parts of the site's own paths, which no page of {@code content/pages/} may take as its slug: the
     * folders of articles, authors, tags, types, columns, corrections and assets, and {@code page}, of the index's
     * later pages ({@link #listPage}).
     */
    public static final List<String> RESERVED = List.of("articles", "authors", "tags", "types", "columns",
            "corrections", "assets", "page");

    private SitePaths() {
    }

    public static String article(String slug) {
        return "articles/" + slug + "/";
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

    /** A theme asset ({@code templates/assets/style.css} or the built-in theme's): {@code assets/style.css}. */
    public static String asset(String name) {
        return ASSETS + name;
    }

    /** Page {@code number} of a list whose first page is at {@code firstPage}: {@code firstPage/page/N/}. */
    public static String listPage(String firstPage, int number) {
        return number == 1 ? firstPage : firstPage + "page/" + number + "/";
    }

    /** The file that serves a site path: {@code articles/x/} -> {@code articles/x/index.html}. */
    public static String file(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + FOLDER_INDEX : sitePath;
    }
}
