package dev.byline.model;

/**
 * A topic an article is filed under.
 *
 * @param slug the tag's id and the last part of its page's path
 * @param name the tag as first written in front matter
 * @param url  root-relative link to the tag's page
 */
public record Tag(String slug, String name, String url) {

    // Name and links are recorded as one read of the tag (see ReadLog); the slug is its identity.

    @Override
    public String name() {
        ReadLog.tag(slug);
        return name;
    }

    @Override
    public String url() {
        ReadLog.tag(slug);
        return url;
    }

    /** Root-relative link to the tag's Atom feed. */
    public String feedUrl() {
        return SitePaths.atomFeedIn(url());
    }
}
