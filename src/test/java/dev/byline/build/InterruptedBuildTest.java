package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped while it writes (a real child JVM, killed) leaves the last good site as it was, and the next build
 * works and leaves nothing behind. SIGKILL gives the child no chance to clean up; SIGTERM runs its shutdown hooks.
 */
class InterruptedBuildTest {

    private static final int ARTICLES = 1200;

    @Test
    void buildKilledMidWriteLeavesTheLastGoodSiteAndTheNextBuildCleansUp(@TempDir Path temp) throws Exception {
        interruptMidWriteThenRebuild(temp, true);
    }

    @Test
    void buildTerminatedMidWriteRemovesItsStagingFolderOnTheWayOut(@TempDir Path temp) throws Exception {
        Path output = interruptMidWriteThenRebuild(temp, false);

        assertThat(output).isDirectory();
    }

    private static Path interruptMidWriteThenRebuild(Path temp, boolean kill) throws Exception {
        Path site = temp.resolve("site");
        writeSite(site, 3);
        Path output = site.resolve("site-out");
        BuildRequest request = TestSites.request(site, TestSites.theme(), output);
        assertThat(TestSites.build(request).succeeded()).isTrue();
        Map<String, byte[]> lastGood = TestSites.tree(output);

        writeSite(site, ARTICLES);
        Process child = startBuild(site, output);
        Path staging = waitForStagingWithFiles(site, child);
        if (kill) {
            child.destroyForcibly();
        } else {
            child.destroy();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child stopped").isTrue();

        Map<String, byte[]> afterStop = TestSites.tree(output);
        assertThat(afterStop.keySet()).containsExactlyElementsOf(lastGood.keySet());
        lastGood.forEach((file, bytes) -> assertThat(afterStop.get(file)).as(file).isEqualTo(bytes));
        if (!kill) {
            assertThat(staging).as("staging removed by the shutdown hook").doesNotExist();
        }

        BuildResult next = TestSites.build(request);
        assertThat(next.succeeded()).isTrue();
        assertThat(output.resolve("articles/article-" + (ARTICLES - 1) + "/index.html")).isRegularFile();
        try (Stream<Path> siblings = Files.list(site)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "site-out");
        }
        return output;
    }

    /** Runs {@code byline build} in a JVM of its own, with this test's class path. */
    private static Process startBuild(Path site, Path output) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.byline.cli.Main", "build",
                "--source", site.resolve("content").toString(),
                "--templates", TestSites.theme().toString(),
                "--cache-dir", TestSites.templateCache().toString(),
                "--output", output.toString())
                .directory(site.toFile())
                .redirectErrorStream(true)
                .redirectOutput(site.resolveSibling("child.log").toFile())
                .start();
    }

    /** The child's staging folder once it holds some pages: the child is mid-write. */
    private static Path waitForStagingWithFiles(Path site, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            try (Stream<Path> entries = Files.list(site)) {
                List<Path> staging = entries.filter(p -> p.getFileName().toString().startsWith(".site-out.staging-"))
                        .toList();
                if (!staging.isEmpty() && countFiles(staging.get(0)) > 50) {
                    return staging.get(0);
                }
            }
            Thread.sleep(5); // watching another process: no event to wait on
        }
        throw new AssertionError("the child build never got to writing; its log: "
                + Files.readString(site.resolveSibling("child.log")));
    }

    private static long countFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException changing) {
            return 0;
        }
    }

    private static void writeSite(Path site, int articles) throws IOException {
        Path content = site.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), "title: Stress\nbaseUrl: https://example.org/\n");
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 12; paragraph++) {
            body.append("A paragraph of an opinion that goes on for a while, so that pages take some time to write. ")
                    .append("It makes one point, then another, and then it comes back to the first.\n\n");
        }
        for (int i = 0; i < articles; i++) {
            Files.writeString(content.resolve("articles/article-" + i + ".md"), "---\ntitle: Article " + i
                    + "\ndate: 2025-01-01T10:00\nauthor: Writer " + (i % 40) + "\ntags: [topic-" + (i % 25)
                    + "]\n---\n" + body);
        }
    }
}
