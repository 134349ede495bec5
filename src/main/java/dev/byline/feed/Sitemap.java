package dev.byline.feed;

import dev.byline.plan.SitemapTask;
import java.util.List;

/** Writes sitemap files (sitemaps.org 0.9): a {@code urlset} of pages, or the {@code sitemapindex} of its parts. */
final class Sitemap {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    static byte[] write(boolean index, List<SitemapTask.Entry> entries) {
        XmlDocument xml = new XmlDocument(index ? "sitemapindex" : "urlset", NS);
        for (SitemapTask.Entry entry : entries) {
            xml.open(index ? "sitemap" : "url").text("loc", entry.url());
            if (!entry.lastModified().isEmpty()) {
                xml.text("lastmod", entry.lastModified());
            }
            xml.close();
        }
        return xml.finish();
    }
}
