package dev.byline.feed;

import dev.byline.io.MediaTypes;
import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.Author;
import dev.byline.model.Image;
import dev.byline.model.SiteConfig;
import dev.byline.model.Tag;
import dev.byline.plan.RecordedParts;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes RSS 2.0 (https://www.rssboard.org/rss-specification), the format newsletter tools read (Mailchimp's RSS
 * campaigns, Buttondown): each item with the full article ({@code content:encoded}, links absolute), its summary as
 * the {@code description}, a {@code dc:creator} per author, a {@code category} per tag and the lead image as
 * {@code media:content} (Media RSS) with its credit and caption. Dates are RFC 822, in the site's zone, with
 * English names. Thread-safe: one instance per rendering, each article's item written once.
 */
final class RssFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    /** RFC 822 with a four-digit year (RFC 1123), as the RSS Advisory Board recommends. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);
    /** The build date of a feed with no items: fixed, so that the same input always gives the same bytes. */
    private static final Instant EMPTY_FEED_BUILT = Instant.EPOCH;

    private final SiteConfig config;
    private final RecordedParts<byte[]> items;

    RssFeed(SiteConfig config, RecordedParts<byte[]> items) {
        this.config = config;
        this.items = items;
    }

    byte[] write(FeedSpec spec) {
        XmlDocument xml = new XmlDocument("rss").attribute("version", "2.0").attribute("xmlns:atom", ATOM)
                .attribute("xmlns:content", CONTENT).attribute("xmlns:dc", DUBLIN_CORE).attribute("xmlns:media", MEDIA);
        xml.open("channel");
        xml.text("title", spec.title());
        xml.text("link", config.absolute(spec.pageUrl()));
        xml.text("description", config.description().isEmpty() ? spec.title() : config.description());
        xml.text("language", config.language());
        xml.text("lastBuildDate", date(spec.articles().stream().map(Article::modified).max(ArticleDate::compareTo)
                .map(modified -> modified.value().toInstant()).orElse(EMPTY_FEED_BUILT)));
        xml.text("generator", "Byline");
        xml.empty("atom:link").attribute("rel", "self").attribute("type", "application/rss+xml")
                .attribute("href", config.absolute(spec.feedUrl()));
        for (String hub : config.hubs()) {
            xml.empty("atom:link").attribute("rel", "hub").attribute("href", hub);
        }
        List<byte[]> written = new ArrayList<>(spec.articles().size());
        for (Article article : spec.articles()) {
            written.add(items.get(article.source(), () -> item(article)));
        }
        return xml.insert(written).close().finish();
    }

    private byte[] item(Article article) {
        String url = config.absolute(article.url());
        XmlDocument xml = XmlDocument.fragment(2);
        xml.open("item");
        xml.text("title", article.title());
        xml.text("link", url);
        xml.text("guid", url, "isPermaLink", "true");
        xml.text("pubDate", date(article.date().value().toInstant()));
        if (!article.summary().isEmpty()) {
            xml.text("description", article.summary());
        }
        for (Author author : article.authors()) {
            xml.text("dc:creator", author.name());
        }
        for (Tag tag : article.tags()) {
            xml.text("category", tag.name());
        }
        if (article.hasImage()) {
            media(xml, article.image());
        }
        xml.text("content:encoded", AbsoluteUrls.inHtml(article.body().value(), config.origin(), url));
        xml.close();
        return xml.fragmentBytes();
    }

    /** The lead image: its absolute URL, size and type when known, credit and caption when given. */
    private void media(XmlDocument xml, Image image) {
        xml.open("media:content").attribute("url", config.absolute(image.src())).attribute("medium", "image");
        if (image.hasSize()) {
            xml.attribute("width", String.valueOf(image.width())).attribute("height", String.valueOf(image.height()));
        }
        MediaTypes.of(image.src().replaceFirst("[?#].*", "")).ifPresent(type -> xml.attribute("type", type));
        if (!image.caption().isEmpty()) {
            xml.text("media:description", image.caption(), "type", "plain");
        }
        if (!image.credit().isEmpty()) {
            xml.text("media:credit", image.credit());
        }
        xml.close();
    }

    /** A moment as RFC 822 in the site's zone: {@code Fri, 15 Aug 2025 09:30:00 -0400}. */
    private String date(Instant moment) {
        return RFC_822.format(ZonedDateTime.ofInstant(moment, config.timezone()));
    }
}
