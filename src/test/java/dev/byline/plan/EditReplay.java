package dev.byline.plan;

import java.util.ArrayList;
import java.util.List;

/** Applies edits to a site one by one, rebuilding after each, and fails at the first step whose builds differ. */
final class EditReplay {

    /**
     * One edit and whether serve's file watcher tells the session which files it changed (the build path is told
     * nothing: a new process looks for itself).
     */
    record Step(SiteEdit edit, boolean announced) {
        @Override
        public String toString() {
            return edit + (announced ? " (announced)" : "");
        }
    }

    private EditReplay() {
    }

    /**
     * @param before edits made before the first build (a theme the site starts with, say): the history names them
     */
    static void replay(EditedSite site, IncrementalRun run, List<SiteEdit> before, List<Step> steps) {
        List<String> history = new ArrayList<>();
        for (SiteEdit edit : before) {
            history.add("0. before the first build: " + edit.apply(site).description());
        }
        int done = history.size();
        run.start();
        for (Step step : steps) {
            SiteEdit.Applied applied = step.edit().apply(site);
            history.add((history.size() - done + 1) + ". " + applied.description()
                    + (step.announced() ? " (the watcher told the session)" : ""));
            IncrementalRun.Outcome outcome = run.rebuild(applied.changed(), step.announced());
            if (outcome.difference().isPresent()) {
                throw new AssertionError("after these edits the incremental build is not the fresh one:\n  "
                        + String.join("\n  ", history) + "\n" + outcome.difference().get());
            }
        }
    }
}
