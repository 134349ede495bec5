package dev.byline.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.helpers.NOPLogger;

/**
 * File events from the directory-watcher library: FSEvents on macOS (one stream per watched folder, its whole tree,
 * delivered at once after a quiet spell), the JDK's {@link java.nio.file.WatchService} elsewhere. It watches trees,
 * not single folders, so a root missing at the start is watched through its parent's tree, and only what lands
 * inside a root is reported.
 */
final class DirectoryWatcherEvents implements FileEvents {

    private final DirectoryWatcher watcher;

    DirectoryWatcherEvents(Set<Path> roots, Consumer<Path> changed) throws IOException {
        Set<Path> watchedRoots = Set.copyOf(roots);
        this.watcher = DirectoryWatcher.builder()
                .paths(watchedTrees(watchedRoots))
                // hashing would read every file of the site at the start only to drop repeated writes, which the
                // batching absorbs anyway
                .fileHashing(false)
                // its default logger would make slf4j print a warning about a missing binding on the terminal
                .logger(NOPLogger.NOP_LOGGER)
                .listener(event -> report(event, watchedRoots, changed))
                .build();
        // it registers the folders before returning, and reports a failure to do so through the future
        CompletableFuture<Void> watching = watcher.watchAsync(loop -> {
            Thread thread = new Thread(loop, "byline-directory-watcher");
            thread.setDaemon(true);
            thread.start();
        });
        if (watching.isCompletedExceptionally()) {
            try {
                watching.join();
            } catch (CompletionException failed) {
                throw new IOException("cannot watch " + watchedRoots, failed.getCause());
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }

    /** Each root that exists, or its parent when it does not (yet); none inside another one. */
    private static List<Path> watchedTrees(Set<Path> roots) {
        Set<Path> trees = roots.stream().map(root -> Files.isDirectory(root) ? root : root.getParent())
                .filter(tree -> tree != null && Files.isDirectory(tree)).collect(Collectors.toSet());
        return trees.stream().filter(tree -> trees.stream().noneMatch(other -> !other.equals(tree)
                && tree.startsWith(other))).sorted().toList();
    }

    private static void report(DirectoryChangeEvent event, Set<Path> roots, Consumer<Path> changed) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            roots.forEach(changed);
        } else if (roots.stream().anyMatch(event.path()::startsWith)) {
            changed.accept(event.path());
        }
    }
}
