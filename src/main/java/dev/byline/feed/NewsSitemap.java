package dev.byline.feed;

import dev.byline.model.SiteConfig;
import dev.byline.plan.NewsSitemapTask;
import java.util.List;

/**
 * Writes a Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
 * a sitemaps.org {@code urlset} whose every {@code url} holds a {@code news:news} with the publication (site.yaml's
 * {@code news: {name:}} or title, and its language as Google wants it), the publication date and the headline.
 */
final class NewsSitemap {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final SiteConfig config;

    NewsSitemap(SiteConfig config) {
        this.config = config;
    }

    byte[] write(List<NewsSitemapTask.Entry> entries) {
        XmlDocument xml = new XmlDocument("urlset", SITEMAP).attribute("xmlns:news", NEWS);
        for (NewsSitemapTask.Entry entry : entries) {
            xml.open("url").text("loc", entry.url());
            xml.open("news:news");
            xml.open("news:publication")
                    .text("news:name", config.newsPublicationName())
                    .text("news:language", config.newsLanguage())
                    .close();
            xml.text("news:publication_date", entry.published());
            xml.text("news:title", entry.title());
            xml.close().close();
        }
        return xml.finish();
    }
}
