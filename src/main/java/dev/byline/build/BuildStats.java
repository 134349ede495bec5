package dev.byline.build;

import dev.byline.assemble.NewsChange;
import dev.byline.output.WriteReport;
import java.util.List;
import java.util.Optional;

/**
 * What a successful build did.
 *
 * @param counts what the site has
 * @param held   what the rules held back
 * @param work   what the build had to do
 * @param millis wall time of the build
 * @param stages wall time of each stage, in order
 * @param news   when the news sitemap next changes by the clock alone (an article leaving the last 48 hours, or a
 *               scheduled one published), so that the desk can build again then; {@code null} when it will not
 */
public record BuildStats(Counts counts, Held held, Work work, long millis, List<StageTime> stages,
                         NewsChange news) {

    /**
     * What the site has.
     *
     * @param articles articles published
     * @param authors  authors with a page
     * @param pages    HTML pages
     * @param files    files of the site (pages, feeds, static files, assets)
     */
    public record Counts(int articles, int authors, int pages, int files) {
    }

    /** Articles left out: drafts, future-dated ones, and ones past their expiry date. */
    public record Held(int drafts, int scheduled, int expired) {
    }

    /**
     * What the build had to do.
     *
     * @param filesUnchanged    files the write left as they were, their bytes being the same (0 before the write)
     * @param templatesCompiled whether javac ran (false when the theme came from the cache)
     * @param upToDate          whether nothing was done, the inputs and the output being as the last build left them
     */
    public record Work(int filesUnchanged, boolean templatesCompiled, boolean upToDate) {
    }

    public BuildStats {
        stages = List.copyOf(stages);
    }

    public int articles() {
        return counts.articles();
    }

    public int authors() {
        return counts.authors();
    }

    public int pages() {
        return counts.pages();
    }

    public int files() {
        return counts.files();
    }

    public int filesUnchanged() {
        return work.filesUnchanged();
    }

    public int draftsHeld() {
        return held.drafts();
    }

    public int scheduledHeld() {
        return held.scheduled();
    }

    public int expiredHeld() {
        return held.expired();
    }

    public boolean templatesCompiled() {
        return work.templatesCompiled();
    }

    public boolean upToDate() {
        return work.upToDate();
    }

    /** When the news sitemap next changes by the clock alone; empty when it will not. */
    public Optional<NewsChange> newsChange() {
        return Optional.ofNullable(news);
    }

    /** These stats after the write, with the whole build's time and stages. */
    BuildStats withWrite(WriteReport written, long total, List<StageTime> allStages) {
        return new BuildStats(counts, held, new Work(written.unchanged(), work.templatesCompiled(), false), total,
                allStages, news);
    }

    /** These stats (of the last build) for a build that found nothing to do. */
    BuildStats asUpToDate(long total, List<StageTime> allStages) {
        return new BuildStats(counts, held, new Work(counts.files(), false, true), total, allStages, news);
    }
}
