package dev.byline.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    private static OutputFile page(String file, String text) {
        return new OutputFile.Rendered(file, "test.jte", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesRenderedAndCopiedFilesIntoTheOutputFolder(@TempDir Path temp) throws IOException {
        Path source = Files.writeString(temp.resolve("logo.svg"), "<svg/>");
        Path output = temp.resolve("site-out");

        new SiteWriter(output).write(List.of(page("index.html", "home"),
                page("articles/a/index.html", "a"), new OutputFile.Copied("images/logo.svg", "logo.svg", source)));

        assertThat(output.resolve("index.html")).hasContent("home");
        assertThat(output.resolve("articles/a/index.html")).hasContent("a");
        assertThat(output.resolve("images/logo.svg")).hasContent("<svg/>");
    }

    @Test
    void staleStagingFoldersFromAnInterruptedRunAreRemoved(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        Files.createDirectories(temp.resolve(".site-out.staging-1234/articles"));
        Files.writeString(temp.resolve(".site-out.staging-1234/articles/half.html"), "half");

        new SiteWriter(output).write(List.of(page("index.html", "home")));

        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site-out");
        }
    }

    @Test
    void siteRetiredByARunCutBetweenTheTwoRenamesIsRestoredFirst(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        Files.createDirectories(temp.resolve(".site-out.old-1234"));
        Files.writeString(temp.resolve(".site-out.old-1234/index.html"), "last good");

        new SiteWriter(output).write(List.of(page("index.html", "new")));

        assertThat(output.resolve("index.html")).hasContent("new");
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site-out");
        }
    }

    @Test
    void manyFilesInFewFoldersAreAllWrittenByTheParallelWriters(@TempDir Path temp) throws IOException {
        List<OutputFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            files.add(page("tags/t" + (i % 30) + "/page/" + (i % 7) + "/file-" + i + ".html", "page " + i));
        }

        for (int round = 0; round < 3; round++) {
            Path output = temp.resolve("site-out-" + round);
            new SiteWriter(output).write(files);

            assertThat(output.resolve("tags/t29/page/3/file-2999.html")).hasContent("page 2999");
            try (var written = Files.walk(output)) {
                assertThat(written.filter(Files::isRegularFile).count()).isEqualTo(files.size() + 1); // + marker
            }
        }
    }
}
