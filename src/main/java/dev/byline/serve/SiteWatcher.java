package dev.byline.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively (folders created later included) and hands over the changed paths in batches: a batch
 * closes once no event came for the quiet period, so an editor's write-to-temp-then-rename is one batch, one
 * rebuild. Batches are handed over on the watcher's own thread, one at a time; events that arrive meanwhile make
 * the next batch. The events come from the system's native file events ({@link #NATIVE}).
 */
final class SiteWatcher implements Closeable {

    /**
     * The system's native file events: FSEvents through directory-watcher on macOS, where the JDK's WatchService
     * only polls (every 2 to 10 s); the JDK's WatchService elsewhere, where it is native already (inotify, Windows'
     * change notifications) and directory-watcher would only wrap it. Should FSEvents not start (JNA cannot load
     * it), the JDK's polling still previews, only slower.
     */
    static final FileEvents.Source NATIVE = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .contains("mac") ? SiteWatcher::fsEventsOrPolling : JdkWatchServiceEvents::new;

    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final FileEvents events;
    private final Duration quiet;
    private final Thread thread;
    private Consumer<Batch> onBatch;

    /**
     * A set of changed paths and when the first of them was seen (for measuring save-to-served time).
     *
     * @param firstEventNanos {@link System#nanoTime()} when the batch's first event arrived
     */
    record Batch(Set<Path> paths, long firstEventNanos) {
    }

    /**
     * Starts watching with events from {@code source} ({@link #NATIVE} but in tests): events from now on are kept,
     * and handed over in batches once {@link #start} is called.
     */
    SiteWatcher(Set<Path> roots, Duration quiet, FileEvents.Source source) throws IOException {
        this.events = source.watch(roots, changes::add);
        this.quiet = quiet;
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
        events.close();
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                changed.add(changes.take());
                long firstSeen = System.nanoTime();
                Path next;
                while ((next = changes.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed.add(next);
                }
                try {
                    onBatch.accept(new Batch(changed, firstSeen));
                } catch (RuntimeException bug) { // a bug in one rebuild must not end watching
                    bug.printStackTrace();
                }
            }
        } catch (InterruptedException stopped) {
            // closed: the preview is stopping
        }
    }

    private static FileEvents fsEventsOrPolling(Set<Path> roots, Consumer<Path> changed) throws IOException {
        try {
            return new DirectoryWatcherEvents(roots, changed);
        } catch (IOException | RuntimeException | LinkageError noFsEvents) {
            return new JdkWatchServiceEvents(roots, changed);
        }
    }
}
