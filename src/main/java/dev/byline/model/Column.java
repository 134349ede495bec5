package dev.byline.model;

/**
 * A regular column (front matter {@code column:}), which has a page listing its pieces. Every piece of a column
 * holds the same record, named as the column was first written, so a page shows one name for it.
 *
 * @param slug the column's id and the last part of its page's path
 * @param name the column's name, the kicker of its pieces
 * @param url  root-relative link to the column's page
 */
public record Column(String slug, String name, String url) {

    /** Root-relative link to the column's Atom feed. */
    public String feedUrl() {
        return SitePaths.atomFeedIn(url);
    }
}
