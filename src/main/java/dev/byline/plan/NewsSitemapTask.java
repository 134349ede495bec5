package dev.byline.plan;

import java.util.List;

/**
 * A Google News sitemap file: the articles of the last two days with their headline and publication date (a
 * {@code urlset} with {@code news:news}); past Google's limit of URLs per file, one of its parts, which a
 * {@link SitemapTask} index lists. It reads nothing while it renders: what it lists is in its recipe, and which
 * articles are in the window is planning's to decide (a read of {@link dev.byline.model.SiteList#NEWS}).
 */
public record NewsSitemapTask(String file, List<Entry> entries) implements Task {

    /**
     * One article.
     *
     * @param url       its absolute URL
     * @param title     its headline
     * @param published its publication date, W3C date-time
     */
    public record Entry(String url, String title, String published) {
    }

    public NewsSitemapTask {
        entries = List.copyOf(entries);
    }

    @Override
    public long recipeHash() {
        Hash64 hash = new Hash64().add(entries.size());
        for (Entry entry : entries) {
            hash.add(entry.url()).add(entry.title()).add(entry.published());
        }
        return hash.value();
    }
}
