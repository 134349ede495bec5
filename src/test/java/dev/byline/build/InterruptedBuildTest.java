package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.io.Folders;
import dev.byline.testing.ChildBuild;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: a build in a JVM of its own is stopped at many points of its write (the writer's test hook pauses
 * it before its N-th change on disk, then it gets SIGKILL) and the output folder must be, byte for byte, the site
 * before or the site after, with no stray file: right after the kill, after the next write's recovery, and after
 * the next build. Both kinds of write are covered: a new site made whole (the first after a fresh one), and an
 * incremental one (one article edited, the spare brought up to date).
 */
class InterruptedBuildTest {

    private static final int ARTICLES = 12;
    private static final long SEED = 12;

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
    void aWholeWriteKilledAtAnyStepLeavesTheOldSiteOrTheNewOne() throws Exception {
        SiteChange toNew = () -> writeSite("After", 0); // the title is on every page: the whole site changes
        Map<String, byte[]> expectedNew = expectedSite(toNew);
        long files = expectedNew.size() - 1; // the folder's mark comes with it, not as a step
        // steps: each file, then the record, then the swap's three renames
        killAtSteps(new long[] {1, files / 4, files / 2, files, files + 1, files + 2, files + 3, files + 4}, () -> {
            writeSite("Before", 0);
            assertThat(TestSites.build(request()).succeeded()).isTrue();
            Folders.deleteTree(site().resolve(".site-out.byline-spare")); // as after the first build: none yet
        }, toNew, expectedNew);
    }

    @Test
    void anIncrementalWriteKilledAtAnyStepLeavesTheOldSiteOrTheNewOne() throws Exception {
        SiteChange toNew = () -> writeSite("Same", 3); // one article edited: a dozen files change
        Map<String, byte[]> expectedNew = expectedSite(toNew);
        SiteChange beforeLast = () -> {
            writeSite("Same", 1);
            assertThat(TestSites.build(request()).succeeded()).isTrue();
        };
        beforeLast.apply();
        Map<String, byte[]> spare = TestSites.tree(output()); // what the spare will hold: the site before last
        long written = expectedNew.keySet().stream()
                .filter(file -> !Arrays.equals(spare.get(file), expectedNew.get(file))).count();
        assertThat(written).as("a few files, not the site").isBetween(2L, expectedNew.size() / 2L);
        // steps: the spare's record deleted, each file, the new record, the swap's three renames
        killAtSteps(new long[] {1, 2, 1 + written / 2, written + 1, written + 2, written + 3, written + 4,
                written + 5, written + 6}, () -> {
                    beforeLast.apply();
                    writeSite("Same", 2);
                    assertThat(TestSites.build(request()).succeeded()).isTrue();
                }, toNew, expectedNew);
    }

    @Test
    void aBuildTerminatedMidWriteLeavesTheLastGoodSiteAndTheNextBuildWorks() throws Exception {
        writeSite("Before", 0);
        assertThat(TestSites.build(request()).succeeded()).isTrue();
        Map<String, byte[]> before = TestSites.tree(output());
        writeSite("After", 0);
        ChildBuild child = ChildBuild.start(site(), output(), 20, temp.resolve("child.log"));
        assertThat(child.awaitPauseOrEnd()).as("paused mid-write").isTrue();

        child.terminate();

        assertSameTree(TestSites.tree(output()), before);
        assertThat(TestSites.build(request()).succeeded()).isTrue();
        assertThat(output().resolve("index.html")).content().contains("After");
        assertOnlyBylinesFilesBeside();
    }

    private interface SiteChange {
        void apply() throws Exception;
    }

    private void killAtSteps(long[] steps, SiteChange toOld, SiteChange toNew, Map<String, byte[]> expectedNew)
            throws Exception {
        for (long step : steps) {
            toOld.apply();
            Map<String, byte[]> old = TestSites.tree(output());
            toNew.apply();
            ChildBuild child = ChildBuild.start(site(), output(), step, temp.resolve("child-" + step + ".log"));
            boolean paused = child.awaitPauseOrEnd();
            child.kill();
            String at = "killed at step " + step + (paused ? "" : " (after the build ended)");
            assertThat(paused || step == steps[steps.length - 1]).as(at + ": the hook was reached").isTrue();

            if (Files.exists(output())) {
                assertOldOrNew(at, TestSites.tree(output()), old, expectedNew);
            }
            SiteBuild.writer(request()).recover(); // what every later write does first
            assertOldOrNew(at + ", then recovered", TestSites.tree(output()), old, expectedNew);
            assertThat(TestSites.build(request()).succeeded()).as(at).isTrue();
            assertSameTree(TestSites.tree(output()), expectedNew);
            assertOnlyBylinesFilesBeside();
        }
    }

    /** The new site as a build into a folder of its own makes it. */
    private Map<String, byte[]> expectedSite(SiteChange toNew) throws Exception {
        toNew.apply();
        return TestSites.builtInto(site(), temp.resolve("expected/site-out"));
    }

    private static void assertOldOrNew(String at, Map<String, byte[]> actual, Map<String, byte[]> old,
                                       Map<String, byte[]> expectedNew) {
        assertThat(actual.keySet()).as(at + ": no temporary file").noneMatch(file -> file.contains(".byline-tmp-"));
        boolean isOld = same(actual, old);
        boolean isNew = same(actual, expectedNew);
        assertThat(isOld || isNew).as(at + ": the old site or the new one, not a mix; files "
                + actual.keySet().size() + ", old " + old.size() + ", new " + expectedNew.size()).isTrue();
    }

    private static boolean same(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        return actual.keySet().equals(expected.keySet())
                && expected.entrySet().stream().allMatch(file -> Arrays.equals(actual.get(file.getKey()),
                        file.getValue()));
    }

    private static void assertSameTree(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(file).isEqualTo(bytes));
    }

    /** Beside site-out: the content, and Byline's hidden spare and lock; no half-made folder. */
    private void assertOnlyBylinesFilesBeside() throws IOException {
        try (Stream<Path> siblings = Files.list(site())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .isSubsetOf("content", "site-out", ".site-out.byline-spare", ".site-out.byline-lock");
        }
    }

    /** {@value #ARTICLES} articles; {@code edit} changes the first one's text, {@code title} every page. */
    private void writeSite(String title, int edit) throws IOException {
        Path content = site().resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), "title: " + title + "\nbaseUrl: https://example.org/\n");
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(content.resolve("articles/article-" + i + ".md"), "---\ntitle: Article " + i
                    + "\ndate: 2025-01-" + (10 + i) + "T10:00\nauthor: Writer " + (i % 3) + "\ntags: [topic-"
                    + (i % 4) + "]\n---\nAn opinion, version " + (i == 0 ? edit : 0) + ".\n");
        }
    }
}
