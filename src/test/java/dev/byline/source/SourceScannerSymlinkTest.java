package dev.byline.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links are followed only while they stay inside the site's folders; loops are reported. */
class SourceScannerSymlinkTest {

    @TempDir
    Path temp;
    private Path content;
    private final Diagnostics diagnostics = new Diagnostics();

    @BeforeEach
    void site() throws IOException {
        content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("site.yaml"), "title: T\nbaseUrl: https://example.org/\n");
        Files.createDirectories(content.resolve("static/images"));
        Files.writeString(content.resolve("static/images/a.svg"), "<svg/>");
        Files.createDirectories(temp.resolve("templates"));
    }

    private SourceTree scan() {
        return new SourceScanner(new DisplayPaths(temp)).scan(content, temp.resolve("templates"), diagnostics);
    }

    private List<String> staticFiles(SourceTree tree) {
        return tree.ofKind(SourceKind.STATIC).stream().map(SourceFile::relative).toList();
    }

    @Test
    void linkToAFolderInsideTheSiteIsFollowed() throws IOException {
        Files.createSymbolicLink(content.resolve("static/pictures"), Path.of("images"));

        SourceTree tree = scan();

        assertThat(staticFiles(tree)).containsExactlyInAnyOrder("images/a.svg", "pictures/a.svg");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void linksLeadingOutOfTheSiteAreErrorsAndNotFollowed() throws IOException {
        Files.writeString(temp.resolve("secret.txt"), "not for publication");
        Files.createSymbolicLink(content.resolve("static/leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(content.resolve("static/etc"), Path.of("/etc"));

        SourceTree tree = scan();

        assertThat(staticFiles(tree)).containsExactly("images/a.svg");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/static/etc: error: symbolic link to a place outside content; Byline builds only what is "
                        + "inside it: copy the file or folder in instead of linking to it",
                "content/static/leak.txt: error: symbolic link to a place outside content; Byline builds only what "
                        + "is inside it: copy the file or folder in instead of linking to it");
        Files.delete(content.resolve("static/etc")); // JUnit would warn about a link leaving its folder
    }

    @Test
    void loopIsAnErrorAndBrokenLinkAWarning() throws IOException {
        Files.createSymbolicLink(content.resolve("static/images/loop"), Path.of(".."));
        Files.createSymbolicLink(content.resolve("static/gone.svg"), Path.of("no-such-file.svg"));

        scan();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/static/gone.svg: warning: broken symbolic link: what it points at does not exist (or it points "
                        + "at itself); ignored",
                "content/static/images/loop: error: symbolic link loop: this link points back to a folder that "
                        + "contains it");
    }
}
