package dev.byline.feed;

import dev.byline.model.SiteConfig;
import dev.byline.plan.RecordedParts;
import dev.byline.plan.SitemapTask;
import java.util.List;

/**
 * The site's machine-readable files, one at a time, as the render plan's feed and sitemap tasks ask for them: Atom
 * feeds, the JSON Feed and sitemap files. One instance per rendering: an article's Atom entry (the whole article,
 * escaped: the costly part of a feed) is written once for all the feeds that list it. Thread-safe.
 */
public final class Feeds {

    private final AtomFeed atom;
    private final JsonFeed json;

    public Feeds(SiteConfig config) {
        this.atom = new AtomFeed(config, new RecordedParts<>());
        this.json = new JsonFeed(config);
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

    public byte[] sitemap(boolean index, List<SitemapTask.Entry> entries) {
        return Sitemap.write(index, entries);
    }
}
