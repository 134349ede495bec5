package dev.byline.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which output folders a build may replace, and the marker that makes a folder Byline's. */
class SiteWriterReplaceableTest {

    @TempDir
    Path temp;

    private static OutputFile page(String file, String text) {
        return new OutputFile.Rendered(file, "test.jte", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void missingFolderIsReplaceable() {
        assertThat(SiteWriter.isReplaceable(temp.resolve("site-out"))).isTrue();
    }

    @Test
    void emptyFolderIsReplaceable() throws IOException {
        assertThat(SiteWriter.isReplaceable(Files.createDirectory(temp.resolve("site-out")))).isTrue();
    }

    @Test
    void folderWithTheMarkerIsReplaceable() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("site-out"));
        Files.writeString(folder.resolve(SiteWriter.MARKER), "");
        Files.writeString(folder.resolve("index.html"), "old");

        assertThat(SiteWriter.isReplaceable(folder)).isTrue();
    }

    @Test
    void folderWithFilesButNoMarkerIsNotReplaceable() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("documents"));
        Files.writeString(folder.resolve("thesis.docx"), "years of work");

        assertThat(SiteWriter.isReplaceable(folder)).isFalse();
    }

    @Test
    void folderWithOnlyASubfolderIsNotReplaceable() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("documents/drafts"));

        assertThat(SiteWriter.isReplaceable(folder.getParent())).isFalse();
    }

    @Test
    void folderWithOnlyAHiddenFileIsNotReplaceable() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("repo"));
        Files.writeString(folder.resolve(".gitignore"), "*");

        assertThat(SiteWriter.isReplaceable(folder)).isFalse();
    }

    @Test
    void regularFileIsNotReplaceable() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "keep me");

        assertThat(SiteWriter.isReplaceable(file)).isFalse();
    }

    @Test
    void writtenSiteHasTheMarkerFile() throws IOException {
        Path output = temp.resolve("site-out");

        SiteWrites.write(new SiteWriter(output), List.of(page("index.html", "home")));

        assertThat(output.resolve(SiteWriter.MARKER)).isRegularFile();
        assertThat(Files.readString(output.resolve(SiteWriter.MARKER))).contains("Byline");
    }

    @Test
    void writtenSiteIsReplaceableByTheNextBuild() throws IOException {
        Path output = temp.resolve("site-out");
        SiteWrites.write(new SiteWriter(output), List.of(page("index.html", "first"), page("old/index.html", "gone")));

        assertThat(SiteWriter.isReplaceable(output)).isTrue();
        SiteWrites.write(new SiteWriter(output), List.of(page("index.html", "second")));

        assertThat(output.resolve("index.html")).hasContent("second");
        assertThat(output.resolve("old")).doesNotExist();
        assertThat(output.resolve(SiteWriter.MARKER)).isRegularFile();
    }
}
