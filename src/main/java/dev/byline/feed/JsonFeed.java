package dev.byline.feed;

import dev.byline.io.Json;
import dev.byline.model.Article;
import dev.byline.model.SiteConfig;
import dev.byline.model.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with full HTML content and absolute links, and the
 * site's WebSub hubs ({@code hubs}).
 */
final class JsonFeed {

    private final SiteConfig config;

    JsonFeed(SiteConfig config) {
        this.config = config;
    }

    byte[] write(FeedSpec spec) {
        Map<String, Object> feed = Json.object();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", spec.title());
        feed.put("home_page_url", config.absolute(spec.pageUrl()));
        feed.put("feed_url", config.absolute(spec.feedUrl()));
        feed.put("description", config.description().isEmpty() ? null : config.description());
        feed.put("language", config.language());
        feed.put("authors", List.of(Json.object("name", config.publisher())));
        feed.put("hubs", config.hubs().isEmpty() ? null
                : config.hubs().stream().map(hub -> Json.object("type", "WebSub", "url", hub)).toList());
        feed.put("items", spec.articles().stream().map(this::item).toList());
        return (Json.write(feed) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> item(Article article) {
        String url = config.absolute(article.url());
        Map<String, Object> item = Json.object();
        item.put("id", url);
        item.put("url", url);
        item.put("title", article.title());
        item.put("content_html", AbsoluteUrls.inHtml(article.body().value(), config.origin(), url));
        item.put("summary", article.summary().isEmpty() ? null : article.summary());
        item.put("image", article.hasImage() ? config.absolute(article.image().src()) : null);
        item.put("date_published", article.date().iso());
        item.put("date_modified", article.modified().iso());
        item.put("authors", article.authors().stream()
                .map(author -> Json.object("name", author.name(), "url", config.absolute(author.url())))
                .toList());
        item.put("tags", article.tags().isEmpty() ? null : article.tags().stream().map(Tag::name).toList());
        return item;
    }
}
