package dev.byline.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last good rendering of a site left for the next: the settings it rendered with, the fingerprints of the
 * site it rendered, and for each task its recipe's hash and what it read. The next rendering renders again only the
 * tasks that are new, whose recipe changed, or whose reads a change touches ({@link #stale}); the others' files are
 * the same bytes as before. Kept in memory by {@code serve} and in the cache between runs of {@code build}.
 *
 * @param settings     everything besides the site's content that shapes every output (site.yaml's settings, the
 *                     request's, Byline's version): when it differs, every task renders again
 * @param fingerprints the site as rendered
 * @param tasks        output file -> what its task was and read
 */
public record LastRendering(String settings, SiteFingerprints fingerprints, Map<String, TaskRecord> tasks) {

    /**
     * One task as rendered: its recipe's hash, its reads, and, once written by a build, the fingerprint of its file
     * as written ({@code null} in memory, before any write).
     */
    public record TaskRecord(long recipeHash, Reads reads, String output) {
    }

    public LastRendering {
        tasks = Map.copyOf(tasks);
    }

    /** This rendering as written into an output folder, each task's file with the fingerprint it has there. */
    public LastRendering writtenAs(Map<String, String> fingerprints) {
        Map<String, TaskRecord> written = new HashMap<>(tasks.size() * 2);
        tasks.forEach((file, task) -> written.put(file, new TaskRecord(task.recipeHash(), task.reads(),
                fingerprints.get(file))));
        return new LastRendering(settings, fingerprints(), written);
    }

    /**
     * The tasks of {@code plan} that must render again after these changes since {@code last}; every task when there
     * is nothing to compare with (no last rendering, or one with other settings: {@code changes} is empty).
     */
    public static List<Task> stale(LastRendering last, RenderPlan plan, Optional<Changes> changes) {
        if (changes.isEmpty()) {
            return plan.tasks();
        }
        List<Task> stale = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            Task task = plan.tasks().get(i);
            TaskRecord before = last.tasks().get(task.file());
            if (before == null || before.recipeHash() != plan.recipeHash(i) || changes.get().touches(before.reads())) {
                stale.add(task);
            }
        }
        return stale;
    }
}
