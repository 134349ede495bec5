package dev.byline.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * Watches folders recursively (folders created later included) and hands over the changed paths in batches: a batch
 * closes once no event came for the quiet period, so an editor's write-to-temp-then-rename is one batch, one
 * rebuild. Batches are handed over on the watcher's own thread, one at a time; events that arrive meanwhile make
 * the next batch. An overflow (too many events to keep) is handed over as the watched roots themselves. A root's
 * parent folder is watched too, for the root alone: a root created after the start (a first templates/ folder) is
 * watched from then on; nothing else in the parent (site-out/, editor files) makes a batch.
 */
final class SiteWatcher implements Closeable {

    private final WatchService service;
    private final Set<Path> roots;
    private final Set<Path> rootParents;
    private final Duration quiet;
    private final Thread thread;
    private Consumer<Batch> onBatch;
    /** Each watched folder's key, to cancel when the folder goes: a renamed folder must get a key of its own. */
    private final Map<Path, WatchKey> keys = new HashMap<>();

    /**
     * A set of changed paths and when the first of them was seen (for measuring save-to-served time).
     *
     * @param firstEventNanos {@link System#nanoTime()} when the batch's first event arrived
     */
    record Batch(Set<Path> paths, long firstEventNanos) {
    }

    /** Starts watching: events from now on are kept, and handed over in batches once {@link #start} is called. */
    SiteWatcher(Set<Path> roots, Duration quiet) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = Set.copyOf(roots);
        this.rootParents = this.roots.stream().map(Path::getParent).filter(parent -> parent != null
                && this.roots.stream().noneMatch(parent::startsWith)).collect(Collectors.toSet());
        this.quiet = quiet;
        for (Path parent : rootParents) {
            if (Files.isDirectory(parent)) {
                parent.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        for (Path root : this.roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::run, "byline-watcher");
        this.thread.setDaemon(true);
    }

    /** Hands every batch over to {@code onBatch}, beginning with the events kept since the watching began. */
    void start(Consumer<Batch> onBatch) {
        this.onBatch = onBatch; // before the thread starts, which makes it visible there
        thread.start();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = service.take();
                long firstSeen = System.nanoTime();
                Set<Path> changed = new LinkedHashSet<>();
                collect(first, changed);
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (changed.isEmpty()) {
                    continue; // only events beside the roots
                }
                try {
                    onBatch.accept(new Batch(changed, firstSeen));
                } catch (RuntimeException bug) { // a bug in one rebuild must not end watching
                    bug.printStackTrace();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the preview is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.addAll(roots);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (rootParents.contains(dir) && !roots.contains(path)) {
                continue; // beside the roots: not part of the site
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                forgetFolder(path); // deleted, or renamed away: Linux would hand its key to the new name
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path); // a new folder: watch it, and report what was copied into it
                    try (var inside = Files.walk(path)) {
                        inside.forEach(changed::add);
                    }
                } catch (IOException vanished) {
                    // created and removed again before we looked: the batch still has its path
                }
            }
        }
        key.reset();
    }

    private void forgetFolder(Path folder) {
        keys.entrySet().removeIf(entry -> {
            if (entry.getKey().startsWith(folder)) {
                entry.getValue().cancel();
                return true;
            }
            return false;
        });
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                keys.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
