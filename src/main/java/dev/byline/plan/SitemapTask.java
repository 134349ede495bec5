package dev.byline.plan;

import java.util.List;

/**
 * A sitemap file: the pages' absolute URLs and last changes (a {@code urlset}), or, past the protocol's limit of
 * URLs per file, the index of the sitemap's parts (a {@code sitemapindex}). It reads nothing while it renders: what
 * it lists is in its recipe.
 */
public record SitemapTask(String file, boolean index, List<Entry> entries) implements Task {

    /** One URL and when it last changed (empty when unknown). */
    public record Entry(String url, String lastModified) {
    }

    public SitemapTask {
        entries = List.copyOf(entries);
    }

    @Override
    public long recipeHash() {
        Hash64 hash = new Hash64().add(index ? 1 : 0).add(entries.size());
        for (Entry entry : entries) {
            hash.add(entry.url()).add(entry.lastModified());
        }
        return hash.value();
    }
}
