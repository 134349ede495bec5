package dev.byline.plan;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** A site folder built after every edit in two ways: the incremental way under test, and a fresh full build. */
interface IncrementalRun {

    /** What one rebuild gave: the fresh site, and how the incremental one differs from it (empty: not at all). */
    record Outcome(Map<String, byte[]> fresh, Optional<String> difference) {
    }

    /** The run's first build, of the site as it is; gives the site it built. */
    Map<String, byte[]> start();

    /**
     * Builds again after an edit, incrementally and fresh.
     *
     * @param changed   the files the edit wrote or deleted
     * @param announced whether the incremental build is told them, as serve's file watcher tells it
     */
    Outcome rebuild(Collection<Path> changed, boolean announced);
}
