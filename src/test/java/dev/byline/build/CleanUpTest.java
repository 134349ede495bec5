package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.output.OutputLock;
import dev.byline.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanUpTest {

    @TempDir
    Path dir;

    private Path output;
    private Path cache;
    private CleanUp cleanUp;

    @BeforeEach
    void folders() {
        output = dir.resolve("site-out");
        cache = dir.resolve(".byline-cache");
        cleanUp = new CleanUp(output, cache);
    }

    private void builtOutputAndCache() throws IOException {
        Files.createDirectories(output.resolve("articles/a"));
        Files.writeString(output.resolve(SiteWriter.MARKER), "built by Byline\n");
        Files.writeString(output.resolve("articles/a/index.html"), "<p>a</p>");
        Files.createDirectories(cache.resolve("jte/abc123"));
        Files.createDirectories(cache.resolve("output"));
    }

    @Test
    void aBuiltSiteAndTheCacheAreRemoved() throws IOException {
        builtOutputAndCache();

        assertThat(cleanUp.remove()).isEqualTo(new CleanUp.Removal(List.of(output, cache), List.of()));
        assertThat(output).doesNotExist();
        assertThat(cache).doesNotExist();
    }

    @Test
    void theSpareAndDraftsBesideTheOutputFolderGoTooAndTheLockFileStays() throws IOException {
        builtOutputAndCache();
        Files.createDirectories(dir.resolve(".site-out.byline-draft-1-1/articles/a"));
        Files.createDirectories(dir.resolve(".site-out.byline-spare/articles/a"));
        Files.writeString(dir.resolve(".site-out.byline-spare/articles/a/index.html"), "<p>before</p>");
        Files.writeString(OutputLock.fileFor(output), "");

        cleanUp.remove();

        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(OutputLock.fileFor(output));
        }
    }

    @Test
    void aCleanWhileABuildWritesTheSiteIsRefusedAndNothingIsRemoved() throws IOException {
        builtOutputAndCache();

        try (OutputLock.Acquired build = OutputLock.acquire(output, "byline build", Duration.ZERO, holder -> { })) {
            CleanUp.Removal refused = cleanUp.remove();
            assertThat(refused.removed()).isEmpty();
            assertThat(refused.problems()).singleElement().asString()
                    .startsWith("a build is writing " + output + " (pid " + ProcessHandle.current().pid()
                            + ", byline build, since ");
        }
        assertThat(output.resolve("articles/a/index.html")).exists();
        assertThat(cleanUp.remove().removed()).as("free once the build is over").containsExactly(output, cache);
    }

    @Test
    void missingFoldersAreNothingToRemove() throws IOException {
        assertThat(cleanUp.remove()).isEqualTo(new CleanUp.Removal(List.of(), List.of()));
    }

    @Test
    void anOutputFolderWithoutBylinesMarkIsRefusedAndNothingIsRemoved() throws IOException {
        builtOutputAndCache();
        Files.delete(output.resolve(SiteWriter.MARKER));

        assertThat(cleanUp.remove().problems()).singleElement().asString().contains("site-out", ".byline-output");
        assertThat(output.resolve("articles/a/index.html")).exists();
        assertThat(cache).exists();
    }

    @Test
    void aCacheHoldingFilesOfItsOwnIsRefused() throws IOException {
        builtOutputAndCache();
        Files.writeString(cache.resolve("notes.txt"), "mine");

        assertThat(cleanUp.remove().problems()).singleElement().asString().contains(".byline-cache", "notes.txt");
        assertThat(cache.resolve("notes.txt")).exists();
    }

    @Test
    void anEmptyOutputFolderMayGo() throws IOException {
        Files.createDirectories(output);

        assertThat(cleanUp.remove().removed()).containsExactly(output);
    }
}
