package dev.byline.build;

import dev.byline.output.WriteReport;
import java.util.List;

/**
 * What a successful build did.
 *
 * @param articles           articles published
 * @param authors            authors with a page
 * @param pages              HTML pages rendered
 * @param files              files of the site (pages, feeds, static files, assets)
 * @param filesUnchanged     files the write left as they were, their bytes being the same (0 before the write)
 * @param draftsHeld         drafts left out
 * @param scheduledHeld      future-dated articles left out
 * @param expiredHeld        articles past their expiry date, left out
 * @param templatesCompiled  whether javac ran (false when the theme came from the cache)
 * @param upToDate           whether nothing was done, the inputs and the output being as the last build left them
 * @param millis             wall time of the build
 * @param stages             wall time of each stage, in order
 */
public record BuildStats(int articles, int authors, int pages, int files, int filesUnchanged, int draftsHeld, int scheduledHeld,
                         int expiredHeld, boolean templatesCompiled, boolean upToDate, long millis,
                         List<StageTime> stages) {

    public BuildStats {
        stages = List.copyOf(stages);
    }

    /** These stats for a rendering that took {@code total} ms and was not timed stage by stage. */
    BuildStats timed(long total) {
        return new BuildStats(articles, authors, pages, files, 0, draftsHeld, scheduledHeld, expiredHeld, false, false,
                total, List.of());
    }

    /** These stats after the write, with the whole build's time and stages. */
    BuildStats withWrite(WriteReport written, long total, List<StageTime> allStages) {
        return new BuildStats(articles, authors, pages, files, written.unchanged(), draftsHeld, scheduledHeld,
                expiredHeld, templatesCompiled, false, total, allStages);
    }

    /** These stats (of the last build) for a build that found nothing to do. */
    BuildStats asUpToDate(long total, List<StageTime> allStages) {
        return new BuildStats(articles, authors, pages, files, files, draftsHeld, scheduledHeld, expiredHeld, false,
                true, total, allStages);
    }
}
