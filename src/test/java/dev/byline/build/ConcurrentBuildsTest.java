package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.output.OutputLock;
import dev.byline.testing.ChildBuild;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build at a time per output folder: the second waits, or gives up naming the first; a dead one blocks no one. */
class ConcurrentBuildsTest {

    @TempDir
    Path temp;

    private Path site() {
        return temp.resolve("site");
    }

    private Path output() {
        return site().resolve("site-out");
    }

    private BuildRequest request() {
        return TestSites.request(site(), TestSites.theme(), output());
    }

    @Test
    void twoBuildsAtOnceLeaveTheWholeSiteTheSecondWaitingAndSayingWhoHoldsIt() throws Exception {
        builtWithSpare("First", 60);
        writeSite("Second", 60);
        Map<String, byte[]> expected = builtElsewhere();

        // the first holds the folder mid-write for eight seconds, so the second surely meets it
        ChildBuild first = ChildBuild.start(site(), output(), 30, 8000, temp.resolve("first.log"));
        assertThat(first.awaitPauseOrEnd()).as("first paused mid-write").isTrue();
        ChildBuild second = ChildBuild.start(site(), output(), 0, temp.resolve("second.log"));

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(second.output()).contains("byline: waiting for another build of " + output() + " to finish (pid ")
                .doesNotContain("Exception");
        if (second.exitCode() != 0) { // it waited its five seconds: refused, saying who holds the folder
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.output()).contains("site-out: error: another build is writing this folder (pid ",
                    "byline: 1 error; nothing was written, " + output() + " is unchanged");
        }
        assertThat(TestSites.tree(output())).containsOnlyKeys(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(output().resolve(file)).hasBinaryContent(bytes));
    }

    @Test
    void aBuildThatMeetsAShortWriteWaitsForItThenWritesItsNewerSite() throws Exception {
        builtWithSpare("First", 60);
        writeSite("Second", 60);

        // the first holds the folder mid-write for two seconds, well within the second's five of patience
        ChildBuild first = ChildBuild.start(site(), output(), 30, 2000, temp.resolve("first.log"));
        assertThat(first.awaitPauseOrEnd()).as("first paused mid-write").isTrue();
        writeSite("Third", 60);
        List<OutputLock.Holder> waitedFor = new ArrayList<>();
        BuildResult second = new SiteBuild(BuildProgress.NONE, new SiteBuild.LockWait("byline build",
                Duration.ofSeconds(5), waitedFor::add)).build(request());

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(waitedFor).as("the second met the first").singleElement()
                .extracting(OutputLock.Holder::description).asString().startsWith("pid " + first.pid() + ", ");
        assertThat(second.succeeded()).as(TestSites.formatted(second.diagnostics()).toString()).isTrue();
        assertOutputIsTheSiteOfTheContentNow();
        assertThat(output().resolve("index.html")).content().contains("Third");
    }

    @Test
    void aBuildWhileAnotherHoldsTheFolderWaitsThenSaysWhoHoldsIt() throws Exception {
        writeSite("First", 2);
        assertThat(TestSites.build(request()).succeeded()).isTrue();
        Map<String, byte[]> before = TestSites.tree(output());
        writeSite("Second", 2);
        List<OutputLock.Holder> waitedFor = new ArrayList<>();

        BuildResult refused;
        try (OutputLock held = OutputLock.acquire(output(), "byline build --drafts", Duration.ZERO, holder -> { })
                .taken().orElseThrow()) {
            refused = new SiteBuild(BuildProgress.NONE, new SiteBuild.LockWait("byline build",
                    Duration.ofMillis(300), waitedFor::add)).build(request());
        }

        assertThat(waitedFor).singleElement().extracting(OutputLock.Holder::description).asString()
                .startsWith("pid " + ProcessHandle.current().pid() + ", byline build --drafts, since ");
        assertThat(refused.succeeded()).isFalse();
        assertThat(TestSites.formatted(refused.diagnostics())).singleElement().asString()
                .startsWith("site-out: error: another build is writing this folder (pid "
                        + ProcessHandle.current().pid() + ", byline build --drafts, since ")
                .endsWith("); wait for it to finish, then build again");
        assertThat(TestSites.tree(output())).containsOnlyKeys(before.keySet());
        assertThat(TestSites.build(request()).succeeded()).as("free again once the holder let go").isTrue();
    }

    @Test
    void aBuildKilledWhileHoldingTheFolderBlocksNoOne() throws Exception {
        builtWithSpare("First", 2);
        writeSite("Second", 2);
        ChildBuild killed = ChildBuild.start(site(), output(), 1, temp.resolve("killed.log"));
        assertThat(killed.awaitPauseOrEnd()).as("paused holding the lock").isTrue();
        killed.kill();
        assertThat(Files.readString(OutputLock.fileFor(output()))).as("its lock file is still there")
                .startsWith("pid ");
        List<OutputLock.Holder> waitedFor = new ArrayList<>();

        BuildResult next = new SiteBuild(BuildProgress.NONE, new SiteBuild.LockWait("byline build",
                Duration.ofSeconds(5), waitedFor::add)).build(request());

        assertThat(next.succeeded()).isTrue();
        assertThat(waitedFor).as("no wait for a dead process").isEmpty();
        assertThat(output().resolve("index.html")).content().contains("Second");
    }

    /**
     * A build with no spare to update renders into a draft of its own, which takes no lock: another build writes the
     * folder meanwhile. The first, finding the site of its content already there, leaves it and its draft goes.
     */
    @Test
    void aBuildRenderingIntoItsDraftHoldsNoLock() throws Exception {
        writeSite("First", 20);
        assertThat(TestSites.build(request()).succeeded()).isTrue();
        writeSite("Second", 20);
        ChildBuild rendering = ChildBuild.start(site(), output(), 1, 4000, temp.resolve("rendering.log"));
        assertThat(rendering.awaitPauseOrEnd()).as("paused writing its first page into its draft").isTrue();
        List<OutputLock.Holder> waitedFor = new ArrayList<>();

        BuildResult meanwhile = new SiteBuild(BuildProgress.NONE, new SiteBuild.LockWait("byline build",
                Duration.ofSeconds(5), waitedFor::add)).build(request());

        assertThat(meanwhile.succeeded()).isTrue();
        assertThat(waitedFor).as("nothing held the folder").isEmpty();
        assertThat(rendering.exitCode()).as(rendering.output()).isZero();
        assertOutputIsTheSiteOfTheContentNow();
        try (var beside = Files.list(temp.resolve("site"))) {
            assertThat(beside.map(path -> path.getFileName().toString())).as("no draft left")
                    .noneMatch(name -> name.contains("byline-draft"));
        }
    }

    /**
     * The older build waits for the folder while the content is edited and a newer build writes it all; when the
     * older one gets the folder, its site is already old and must not replace the newer one. In one process, so
     * that the order is certain: the newer build runs in the older one's wait.
     */
    @Test
    void anOlderBuildNeverReplacesTheSiteOfANewerOne() throws Exception {
        writeSite("Older", 2);
        assertThat(TestSites.build(request()).succeeded()).isTrue();
        writeSite("Older but edited", 3);
        List<BuildResult> newer = new ArrayList<>();

        BuildResult olderResult = buildMeetingTheFolderHeld(() -> {
            writeSite("Newer", 4);
            newer.add(TestSites.build(request()));
        });

        assertThat(newer).singleElement().extracting(BuildResult::succeeded).isEqualTo(true);
        assertThat(olderResult.succeeded()).isTrue();
        assertOutputIsTheSiteOfTheContentNow();
        BuildResult next = TestSites.build(request());
        assertThat(next.built().stats().upToDate()).as("nothing changed since the newer build").isTrue();
        assertThat(output().resolve("index.html")).content().contains("Newer");
    }

    /** Content edited while a build renders: the build renders again and writes the site of the content as saved. */
    @Test
    void contentEditedWhileABuildRendersEndsInTheSiteOfTheEditedContent() throws Exception {
        writeSite("Before", 2);
        assertThat(TestSites.build(request()).succeeded()).isTrue();
        writeSite("While rendering", 3);

        assertThat(buildMeetingTheFolderHeld(() -> writeSite("Saved", 4)).succeeded()).isTrue();

        assertOutputIsTheSiteOfTheContentNow();
        assertThat(TestSites.build(request()).built().stats().upToDate()).isTrue();
    }

    /** What happens while a build waits for the output folder. */
    @FunctionalInterface
    private interface Meanwhile {
        void run() throws IOException;
    }

    /**
     * A build that renders, finds the output folder held (by this test), and then, in its wait, sees the test let
     * go and do {@code meanwhile} before it takes the folder itself.
     */
    private BuildResult buildMeetingTheFolderHeld(Meanwhile meanwhile) throws IOException {
        OutputLock held = OutputLock.acquire(output(), "byline build", Duration.ZERO, holder -> { })
                .taken().orElseThrow();
        return new SiteBuild(BuildProgress.NONE, new SiteBuild.LockWait("byline build", Duration.ofSeconds(30),
                holder -> {
                    try {
                        held.close();
                        meanwhile.run();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })).build(request());
    }

    /**
     * The site built twice, as a site usually is: a build then writes the changes into the spare, the site before
     * last, holding the folder for each of its steps.
     */
    private void builtWithSpare(String title, int articles) throws IOException {
        writeSite(title + " before", articles);
        assertThat(TestSites.build(request()).succeeded()).isTrue();
        writeSite(title, articles);
        assertThat(TestSites.build(request()).succeeded()).isTrue();
        assertThat(site().resolve(".site-out.byline-spare")).isDirectory();
    }

    private void assertOutputIsTheSiteOfTheContentNow() {
        Map<String, byte[]> expected = builtElsewhere();
        assertThat(TestSites.tree(output())).containsOnlyKeys(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(output().resolve(file)).hasBinaryContent(bytes));
    }

    private Map<String, byte[]> builtElsewhere() {
        return TestSites.builtInto(site(), temp.resolve("expected/site-out"));
    }

    private void writeSite(String title, int articles) throws IOException {
        Path content = site().resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), "title: " + title + "\nbaseUrl: https://example.org/\n");
        for (int i = 0; i < articles; i++) {
            Files.writeString(content.resolve("articles/article-" + i + ".md"), "---\ntitle: Article " + i
                    + "\ndate: 2025-01-01T10:00\nauthor: Writer " + (i % 5) + "\ntags: [topic-" + (i % 7)
                    + "]\n---\nAn opinion.\n");
        }
    }
}
