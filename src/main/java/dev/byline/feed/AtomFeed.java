package dev.byline.feed;

import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.Author;
import dev.byline.model.SiteConfig;
import dev.byline.model.Tag;
import dev.byline.plan.RecordedParts;
import java.util.ArrayList;
import java.util.List;

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
        XmlDocument xml = new XmlDocument("feed", NS).attribute("xml:lang", config.language());
        xml.text("title", spec.title());
        if (!config.description().isEmpty()) {
            xml.text("subtitle", config.description());
        }
        link(xml, "self", "application/atom+xml", config.absolute(spec.feedUrl()));
        link(xml, "alternate", "text/html", config.absolute(spec.pageUrl()));
        xml.text("id", config.absolute(spec.feedUrl()));
        xml.text("updated", spec.articles().stream().map(Article::modified).max(ArticleDate::compareTo)
                .map(ArticleDate::iso).orElse(EMPTY_FEED_UPDATED));
        xml.open("author").text("name", config.publisher()).close();
        xml.text("generator", "Byline");
        List<byte[]> written = new ArrayList<>(spec.articles().size());
        for (Article article : spec.articles()) {
            written.add(entries.get(article.source(), () -> entry(article)));
        }
        return xml.insert(written).finish();
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
