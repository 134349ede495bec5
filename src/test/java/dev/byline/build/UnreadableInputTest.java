package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A static file that cannot be read when the build comes to copy it is an error like any other, in plain words at
 * its path, and the last good site stays as it was, every byte. The file goes bad at the moment the write begins
 * (the build's progress hears it), after the scan found it readable.
 */
class UnreadableInputTest {

    @TempDir
    Path site;

    @Test
    void aStaticFileReplacedByAFolderMidBuildIsAnErrorAndNothingChanges() throws Exception {
        Path file = site.resolve("content/static/s.txt");
        BuildResult result = buildSpoilingAtTheWrite(file, () -> {
            Files.delete(file);
            Files.createDirectories(file);
        });

        assertThat(TestSites.formatted(result.diagnostics()))
                .containsExactly("content/static/s.txt: error: cannot be read (it is a folder, not a file)");
    }

    /** Root reads any file whatever its permissions, so this case runs only for other users. */
    @Test
    void aStaticFileMadeUnreadableMidBuildIsAnErrorAndNothingChanges() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can read a file with no permissions");
        Path file = site.resolve("content/static/s.txt");
        BuildResult result = buildSpoilingAtTheWrite(file,
                () -> Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------")));

        assertThat(TestSites.formatted(result.diagnostics()))
                .containsExactly("content/static/s.txt: error: cannot be read (permission denied)");
    }

    private interface Spoiling {
        void apply() throws IOException;
    }

    private BuildResult buildSpoilingAtTheWrite(Path file, Spoiling spoil) throws Exception {
        Path content = site.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.createDirectories(file.getParent());
        Files.writeString(content.resolve("site.yaml"), "title: Desk\nbaseUrl: https://example.org/\n");
        Files.writeString(content.resolve("articles/one.md"),
                "---\ntitle: One\ndate: 2025-01-01\nauthor: A Writer\n---\nFirst text.\n");
        Files.writeString(file, "static");
        Path output = site.resolve("site-out");
        BuildRequest request = TestSites.request(site, TestSites.theme(), output);
        assertThat(TestSites.build(request).succeeded()).isTrue();
        Map<String, byte[]> lastGood = TestSites.tree(output);
        Files.writeString(content.resolve("articles/one.md"),
                "---\ntitle: One\ndate: 2025-01-01\nauthor: A Writer\n---\nSecond text.\n");
        Files.writeString(file, "static, changed"); // copied again, not linked

        BuildResult result = new SiteBuild(new BuildProgress() {
            @Override
            public void stage(String name, int total) {
                if (name.equals("write")) {
                    try {
                        spoil.apply();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            @Override
            public void advanced() {
            }
        }, SiteBuild.LockWait.BRIEF).build(request);

        assertThat(result.succeeded()).isFalse();
        Map<String, byte[]> after = TestSites.tree(output);
        assertThat(after).containsOnlyKeys(lastGood.keySet());
        lastGood.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        return result;
    }
}
