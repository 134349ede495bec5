package dev.byline.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The operating system's news of changed files under a {@link SiteWatcher}'s roots, one path at a time, as it comes:
 * a file written, created or deleted, and everything inside a folder created (or moved in). Only paths inside the
 * roots are reported; a lost event (too many to keep) is reported as the roots themselves. A root missing at the
 * start is reported once it is created, and watched from then on.
 */
interface FileEvents extends Closeable {

    /** Starts watching {@code roots}: from its return on, every change reaches {@code changed}, on its own thread. */
    @FunctionalInterface
    interface Source {
        FileEvents watch(Set<Path> roots, Consumer<Path> changed) throws IOException;
    }
}
