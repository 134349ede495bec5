package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name holding a terminal's control sequence is shown escaped, so printing a message cannot drive it. */
class ControlCharactersInNamesTest {

    @Test
    void fileNameWithAnEscapeSequenceIsEscapedInItsMessage(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("content/articles"));
        Files.writeString(site.resolve("content/site.yaml"), "title: Names\nbaseUrl: https://example.org/\n");
        Path article;
        try {
            article = site.resolve("content/articles/bad\u0007name\u001b[31m.md");
            Files.writeString(article, "---\ndate: 2025-08-15\nauthor: Ada Byron\n---\nText.\n");
        } catch (InvalidPathException | IOException e) {
            Assumptions.abort("this file system cannot name a file so: " + e);
            return;
        }

        BuildResult built = TestSites.build(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));

        assertThat(built.succeeded()).isFalse();
        assertThat(TestSites.formatted(built.diagnostics())).containsExactly(
                "content/articles/bad\\u0007name\\u001b[31m.md:2:1: error: missing title; add a line such as "
                        + "title: \"Not Instant Peace, But Progress\"");
    }
}
