package dev.byline.feed;

import dev.byline.model.SiteConfig;
import dev.byline.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) for every page, and {@code robots.txt} pointing at it. Past 50,000 URLs, the
 * protocol's limit per file, the pages go into {@code sitemap-1.xml}, {@code sitemap-2.xml}... and
 * {@code sitemap.xml} becomes their index.
 */
final class Sitemap {

    static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** A page for the sitemap: its absolute URL and when it last changed (empty when unknown). */
    record Entry(String url, String lastModified) {
    }

    private final SiteConfig config;

    Sitemap(SiteConfig config) {
        this.config = config;
    }

    List<OutputFile> files(List<Entry> entries) {
        List<OutputFile> files = new ArrayList<>();
        if (entries.size() <= MAX_URLS) {
            files.add(file("sitemap.xml", write("urlset", "url", entries)));
        } else {
            List<Entry> parts = new ArrayList<>();
            for (int start = 0, part = 1; start < entries.size(); start += MAX_URLS, part++) {
                String name = "sitemap-" + part + ".xml";
                List<Entry> slice = entries.subList(start, Math.min(start + MAX_URLS, entries.size()));
                files.add(file(name, write("urlset", "url", slice)));
                String newest = slice.stream().map(Entry::lastModified).max(String::compareTo).orElse("");
                parts.add(new Entry(config.absolute(config.href(name)), newest));
            }
            files.add(file("sitemap.xml", write("sitemapindex", "sitemap", parts)));
        }
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute(config.href("sitemap.xml")) + "\n";
        files.add(file("robots.txt", robots.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static byte[] write(String root, String element, List<Entry> entries) {
        XmlDocument xml = new XmlDocument(root, NS);
        for (Entry entry : entries) {
            xml.open(element).text("loc", entry.url());
            if (!entry.lastModified().isEmpty()) {
                xml.text("lastmod", entry.lastModified());
            }
            xml.close();
        }
        return xml.finish();
    }

    private static OutputFile file(String name, byte[] bytes) {
        return new OutputFile.Rendered(name, "sitemap", bytes);
    }
}
