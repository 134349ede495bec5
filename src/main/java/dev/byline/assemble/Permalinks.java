package dev.byline.assemble;

/**
 * Where each page lives, as site paths (relative to the site root, ending with a slash for folders). Every page
 * is a folder with an {@code index.html}, so URLs stay clean on any static host.
 */
public final class Permalinks {

    public static final String AUTHORS = "authors/";
    public static final String TAGS = "tags/";
    public static final String NOT_FOUND_FILE = "404.html";

    private Permalinks() {
    }

    public static String article(String slug) {
        return "articles/" + slug + "/";
    }

    public static String author(String slug) {
        return AUTHORS + slug + "/";
    }

    public static String tag(String slug) {
        return TAGS + slug + "/";
    }

    /** Page {@code number} of a list whose first page is at {@code firstPage}: {@code firstPage/page/N/}. */
    public static String listPage(String firstPage, int number) {
        return number == 1 ? firstPage : firstPage + "page/" + number + "/";
    }

    /** The file that serves a site path: {@code articles/x/} -> {@code articles/x/index.html}. */
    public static String file(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }
}
