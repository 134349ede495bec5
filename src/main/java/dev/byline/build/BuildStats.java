package dev.byline.build;

/**
 * What a successful build did.
 *
 * @param articles           articles published
 * @param authors            authors with a page
 * @param pages              HTML pages rendered
 * @param filesWritten       files in the output folder (pages, static files, assets)
 * @param draftsHeld         drafts left out
 * @param scheduledHeld      future-dated articles left out
 * @param expiredHeld        articles past their expiry date, left out
 * @param templatesCompiled  whether javac ran (false when the theme came from the cache)
 * @param millis             wall time of the build
 */
public record BuildStats(int articles, int authors, int pages, int filesWritten, int draftsHeld, int scheduledHeld,
                         int expiredHeld, boolean templatesCompiled, long millis) {

    BuildStats withMillis(long total) {
        return new BuildStats(articles, authors, pages, filesWritten, draftsHeld, scheduledHeld, expiredHeld,
                templatesCompiled, total);
    }
}
