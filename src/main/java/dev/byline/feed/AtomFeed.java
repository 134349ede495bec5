package dev.byline.feed;

import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.Author;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteCorrection;
import dev.byline.model.Tag;
import dev.byline.plan.RecordedParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes Atom 1.0 feeds (RFC 4287). Entries carry the full article as HTML with absolute links; an entry's id is
 * its article's URL, stable as long as the slug is. Thread-safe: one instance writes all of a site's feeds.
 */
final class AtomFeed {

    private static final String NS = "http://www.w3.org/2005/Atom";
    /** The date of a feed with no entries: fixed, so that the same input always gives the same bytes. */
    private static final String EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z";

    private final SiteConfig config;
    private final RecordedParts<byte[]> entries;

    AtomFeed(SiteConfig config) {
        this(config, new RecordedParts<>());
    }

    /** A writer that writes each article's entry once into {@code entries}, for all the feeds listing it. */
    AtomFeed(SiteConfig config, RecordedParts<byte[]> entries) {
        this.config = config;
        this.entries = entries;
    }

    byte[] write(FeedSpec spec) {
        XmlDocument xml = head(spec, spec.articles().stream().map(Article::modified).max(ArticleDate::compareTo));
        List<byte[]> written = new ArrayList<>(spec.articles().size());
        for (Article article : spec.articles()) {
            written.add(entries.get(article.source(), () -> entry(article)));
        }
        return xml.insert(written).finish();
    }

    /**
     * The feed of the corrections of the spec's articles: the newest, at most the site's feed size, an entry each,
     * linking to the correction on its article's page.
     */
    byte[] corrections(FeedSpec spec) {
        List<SiteCorrection> corrections = SiteCorrection.newestFirst(spec.articles());
        corrections = corrections.subList(0, Math.min(config.feedSize(), corrections.size()));
        XmlDocument xml = head(spec, corrections.stream().map(entry -> entry.correction().date()).findFirst());
        for (SiteCorrection entry : corrections) {
            String url = config.absolute(entry.article().url()) + "#" + entry.anchor();
            xml.open("entry");
            xml.text("title", "Correction: " + entry.article().title());
            link(xml, "alternate", "text/html", url);
            xml.text("id", url);
            xml.text("published", entry.correction().date().iso());
            xml.text("updated", entry.correction().date().iso());
            xml.text("content", entry.correction().text(), "type", "text");
            xml.close();
        }
        return xml.finish();
    }

    /** A feed's opening, down to its generator, {@code updated} at its newest entry's date. */
    private XmlDocument head(FeedSpec spec, Optional<ArticleDate> updated) {
        XmlDocument xml = new XmlDocument("feed", NS).attribute("xml:lang", config.language());
        xml.text("title", spec.title());
        if (!config.description().isEmpty()) {
            xml.text("subtitle", config.description());
        }
        link(xml, "self", "application/atom+xml", config.absolute(spec.feedUrl()));
        link(xml, "alternate", "text/html", config.absolute(spec.pageUrl()));
        for (String hub : config.hubs()) {
            xml.empty("link").attribute("rel", "hub").attribute("href", hub);
        }
        xml.text("id", config.absolute(spec.feedUrl()));
        xml.text("updated", updated.map(ArticleDate::iso).orElse(EMPTY_FEED_UPDATED));
        xml.open("author").text("name", config.publisher()).close();
        xml.text("generator", "Byline");
        return xml;
    }

    private byte[] entry(Article article) {
        String url = config.absolute(article.url());
        XmlDocument xml = XmlDocument.fragment(1);
        xml.open("entry");
        xml.text("title", article.title());
        link(xml, "alternate", "text/html", url);
        xml.text("id", url);
        xml.text("published", article.date().iso());
        xml.text("updated", article.modified().iso());
        for (Author author : article.authors()) {
            xml.open("author").text("name", author.name()).text("uri", config.absolute(author.url())).close();
        }
        for (Tag tag : article.tags()) {
            xml.empty("category").attribute("term", tag.slug()).attribute("label", tag.name());
        }
        if (!article.summary().isEmpty()) {
            xml.text("summary", article.summary());
        }
        xml.text("content", AbsoluteUrls.inHtml(article.body().value(), config.origin(), url), "type", "html");
        xml.close();
        return xml.fragmentBytes();
    }

    private static void link(XmlDocument xml, String rel, String type, String href) {
        xml.empty("link").attribute("rel", rel).attribute("type", type).attribute("href", href);
    }
}
