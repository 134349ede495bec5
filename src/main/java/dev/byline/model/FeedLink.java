package dev.byline.model;

/** A feed a page advertises in its head ({@code <link rel="alternate">}). */
public record FeedLink(String title, String href, String type) {

    public static final String ATOM = "application/atom+xml";
    public static final String JSON = "application/feed+json";
    public static final String RSS = "application/rss+xml";
}
