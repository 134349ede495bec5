package dev.byline.model;

/**
 * A topic an article is filed under.
 *
 * @param slug the tag's id and the last part of its page's path
 * @param name the tag as first written in front matter
 * @param url  root-relative link to the tag's page
 */
public record Tag(String slug, String name, String url) {

    /** Root-relative link to the tag's Atom feed. */
    public String feedUrl() {
        return url + "feed.xml";
    }
}
