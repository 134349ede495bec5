package dev.byline.feed;

import dev.byline.model.SiteConfig;
import dev.byline.plan.NewsSitemapTask;
import dev.byline.plan.RecordedParts;
import dev.byline.plan.SitemapTask;
import java.util.List;

/**
 * The site's machine-readable files, one at a time, as the render plan's feed and sitemap tasks ask for them: Atom
 * feeds, the JSON Feed, the RSS feed, sitemap files and the Google News sitemap. One instance per rendering: an article's Atom entry (the whole article,
 * escaped: the costly part of a feed) is written once for all the feeds that list it, and its RSS item likewise. Thread-safe.
 */
public final class Feeds {

    private final AtomFeed atom;
    private final JsonFeed json;
    private final RssFeed rss;
    private final NewsSitemap news;

    public Feeds(SiteConfig config) {
        this.atom = new AtomFeed(config, new RecordedParts<>());
        this.json = new JsonFeed(config);
        this.rss = new RssFeed(config, new RecordedParts<>());
        this.news = new NewsSitemap(config);
    }

    public byte[] atom(FeedSpec feed) {
        return atom.write(feed);
    }

    /** The Atom feed of the corrections of the feed's articles. */
    public byte[] corrections(FeedSpec feed) {
        return atom.corrections(feed);
    }

    public byte[] json(FeedSpec feed) {
        return json.write(feed);
    }

    public byte[] rss(FeedSpec feed) {
        return rss.write(feed);
    }

    public byte[] sitemap(boolean index, List<SitemapTask.Entry> entries) {
        return Sitemap.write(index, entries);
    }

    /** A Google News sitemap file ({@code urlset}) of these articles. */
    public byte[] newsSitemap(List<NewsSitemapTask.Entry> entries) {
        return news.write(entries);
    }
}
