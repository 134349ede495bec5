package dev.byline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What serve needs of its watcher, whichever file events feed it: each source's test runs these against it
 * ({@link SiteWatcherOnJdkWatchServiceTest}, {@link SiteWatcherOnDirectoryWatcherTest}).
 */
@Timeout(30)
abstract class SiteWatcherContract {

    /** How long a writer may wait, at most, from a save to the batch that rebuilds it. */
    private static final Duration SAVE_TO_BATCH = Duration.ofSeconds(2);

    private static final Duration QUIET = Duration.ofMillis(50);
    private static final long WAIT_SECONDS = 5;

    @TempDir
    Path root;

    private final BlockingQueue<SiteWatcher.Batch> batches = new LinkedBlockingQueue<>();
    private SiteWatcher watcher;
    private Path articles;

    @BeforeEach
    void createSite() throws IOException {
        articles = Files.createDirectories(root.resolve("content/articles"));
        Files.writeString(articles.resolve("a.md"), "first");
        Files.createDirectories(root.resolve("templates"));
    }

    /** The file events under test. */
    abstract FileEvents.Source source();

    @AfterEach
    void closeWatcher() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Test
    void anEditANewFileInANewFolderAndADeletionEachArriveWithinTwoSeconds() throws Exception {
        start(batches::add);
        Path edited = articles.resolve("a.md");
        Path created = root.resolve("content/static/images/x.png");

        Files.writeString(edited, "second");
        assertArrivesInTime(edited);
        Files.createDirectories(created.getParent());
        Files.write(created, new byte[] {1, 2, 3});
        assertArrivesInTime(created);
        Files.delete(edited);
        assertArrivesInTime(edited);
    }

    @Test
    void writingAFileIsABatchWithItsPath() throws Exception {
        start(batches::add);

        Files.writeString(articles.resolve("a.md"), "second");

        assertThat(pathsUntil(articles.resolve("a.md"))).contains(articles.resolve("a.md"));
    }

    @Test
    void creatingAFileIsABatchWithItsPath() throws Exception {
        start(batches::add);

        Files.writeString(root.resolve("templates/article.jte"), "@param Object page");

        assertThat(pathsUntil(root.resolve("templates/article.jte"))).contains(root.resolve("templates/article.jte"));
    }

    @Test
    void newFolderWithAFileReportsTheFileAndIsWatchedFromThenOn() throws Exception {
        start(batches::add);
        Path folder = root.resolve("content/static/images");
        Path image = folder.resolve("x.png");

        Files.createDirectories(folder);
        Files.write(image, new byte[] {1, 2, 3});
        Set<Path> created = pathsUntil(image);
        Files.write(image, new byte[] {4, 5, 6, 7});
        Set<Path> modified = pathsUntil(image);

        assertThat(created).contains(root.resolve("content/static"), image);
        assertThat(modified).contains(image);
    }

    @Test
    void aRootFolderCreatedAfterTheStartIsWatchedFromThenOn() throws Exception {
        Files.delete(root.resolve("templates"));
        start(batches::add);
        Path template = root.resolve("templates/article.jte");

        Files.createDirectories(root.resolve("templates"));
        Set<Path> created = pathsUntil(root.resolve("templates"));
        Files.writeString(template, "@param Object page");

        assertThat(created).contains(root.resolve("templates"));
        assertThat(pathsUntil(template)).contains(template);
    }

    @Test
    void filesBesideTheRootsMakeNoBatch() throws Exception {
        start(batches::add);

        Files.writeString(root.resolve("notes.txt"), "not part of the site");

        assertThat(batches.poll(QUIET.toMillis() * 4, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void deletingAFileIsABatchWithItsPath() throws Exception {
        start(batches::add);

        Files.delete(articles.resolve("a.md"));

        assertThat(pathsUntil(articles.resolve("a.md"))).contains(articles.resolve("a.md"));
    }

    @Test
    void writesInQuickSuccessionArriveAsOneBatch() throws Exception {
        start(batches::add);
        Path temp = articles.resolve("a.md.tmp");

        Files.writeString(articles.resolve("a.md"), "second");
        Files.writeString(articles.resolve("b.md"), "new");
        Files.writeString(temp, "editor's temp file");
        Files.move(temp, articles.resolve("a.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(articles.resolve("b.md"), "new, again");

        SiteWatcher.Batch batch = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(batch).isNotNull();
        assertThat(batch.paths()).contains(articles.resolve("a.md"), articles.resolve("b.md"), temp);
        assertThat(batches.poll(QUIET.toMillis() * 4, TimeUnit.MILLISECONDS)).as("no second batch").isNull();
    }

    @Test
    void batchSaysWhenItsFirstEventArrived() throws Exception {
        start(batches::add);
        long before = System.nanoTime();

        Files.writeString(articles.resolve("a.md"), "second");
        SiteWatcher.Batch batch = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        long after = System.nanoTime();

        assertThat(batch).isNotNull();
        assertThat(batch.firstEventNanos()).isBetween(before, after);
    }

    @Test
    void handlerThatThrowsDoesNotStopLaterBatches() throws Exception {
        start(batch -> {
            batches.add(batch);
            if (batches.size() == 1) {
                throw new IllegalStateException("a rebuild that failed unexpectedly");
            }
        });

        Files.writeString(articles.resolve("a.md"), "second");
        assertThat(batches.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
        Files.writeString(articles.resolve("b.md"), "third");

        assertThat(pathsUntil(articles.resolve("b.md"))).contains(articles.resolve("b.md"));
    }

    @Test
    void closedWatcherReportsNothingMore() throws Exception {
        start(batches::add);
        watcher.close();

        Files.writeString(articles.resolve("a.md"), "after close");

        assertThat(batches.poll(QUIET.toMillis() * 4, TimeUnit.MILLISECONDS)).isNull();
    }

    private void start(Consumer<SiteWatcher.Batch> onBatch) throws IOException {
        watcher = new SiteWatcher(Set.of(root.resolve("content"), root.resolve("templates")), QUIET, source());
        watcher.start(onBatch);
    }

    private void assertArrivesInTime(Path expected) throws InterruptedException {
        long deadline = System.nanoTime() + SAVE_TO_BATCH.toNanos();
        Set<Path> seen = new HashSet<>();
        while (!seen.contains(expected) && System.nanoTime() < deadline) {
            SiteWatcher.Batch batch = batches.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (batch != null) {
                seen.addAll(batch.paths());
            }
        }
        assertThat(seen).as("batches within " + SAVE_TO_BATCH.toMillis() + " ms").contains(expected);
    }

    /** The paths of the batches that arrive until one holds {@code expected} (or none comes for a while). */
    private Set<Path> pathsUntil(Path expected) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        while (!seen.contains(expected)) {
            SiteWatcher.Batch batch = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (batch == null) {
                break;
            }
            seen.addAll(batch.paths());
        }
        return seen;
    }
}
