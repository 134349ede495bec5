package dev.byline.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save the watcher names updates the last scan's tree, and gives what a new walk would give, or asks for one. */
class SourceScannerUpdateTest {

    @TempDir
    Path temp;
    private Path content;
    private Path templates;
    private SourceScanner scanner;

    @BeforeEach
    void site() throws IOException {
        content = temp.resolve("content");
        templates = temp.resolve("templates");
        Files.createDirectories(content.resolve("articles/2025"));
        Files.createDirectories(content.resolve("static/images"));
        Files.createDirectories(templates);
        Files.writeString(content.resolve("site.yaml"), "title: T\n");
        Files.writeString(content.resolve("articles/2025/one.md"), "---\ntitle: One\n---\nText.\n");
        Files.writeString(content.resolve("static/images/a.svg"), "<svg/>");
        scanner = new SourceScanner(new DisplayPaths(temp));
    }

    private SourceTree walk() {
        return scanner.scan(content, templates, new Diagnostics());
    }

    private Optional<SourceTree> update(SourceTree earlier, Path... changed) {
        return scanner.update(earlier, List.of(changed), content, templates);
    }

    @Test
    void anEditedArticleIsTheFileANewWalkFinds() throws IOException {
        SourceTree earlier = walk();
        Path one = content.resolve("articles/2025/one.md");
        Files.writeString(one, "---\ntitle: One, longer\n---\nText.\n");

        assertThat(update(earlier, one.toAbsolutePath())).contains(walk());
    }

    @Test
    void aNewArticleAndADeletedStaticFileAreAsANewWalkFindsThem() throws IOException {
        SourceTree earlier = walk();
        Path two = content.resolve("articles/two.md");
        Files.writeString(two, "---\ntitle: Two\n---\nText.\n");
        Path image = content.resolve("static/images/a.svg");
        Files.delete(image);

        assertThat(update(earlier, two.toAbsolutePath(), image.toAbsolutePath())).contains(walk());
    }

    @Test
    void editorLitterChangesNothing() throws IOException {
        SourceTree earlier = walk();
        Path swap = content.resolve("articles/2025/.one.md.swp");
        Files.writeString(swap, "x");
        Path inGit = content.resolve("static/.git/objects/ab");
        Files.createDirectories(inGit.getParent());
        Files.writeString(inGit, "x");

        assertThat(update(earlier, swap.toAbsolutePath(), inGit.toAbsolutePath())).contains(earlier);
    }

    @Test
    void aFolderAFileOfNoKnownKindOrTheRootAsksForANewWalk() throws IOException {
        SourceTree earlier = walk();
        Path folder = content.resolve("articles/2026");
        Files.createDirectories(folder);
        Path stray = content.resolve("notes.txt");
        Files.writeString(stray, "x");

        assertThat(update(earlier, folder.toAbsolutePath())).isEmpty();
        assertThat(update(earlier, stray.toAbsolutePath())).isEmpty();
        assertThat(update(earlier, content.toAbsolutePath())).isEmpty();
        assertThat(update(earlier, content.resolve("site.yaml").toAbsolutePath())).isEmpty();
    }

    @Test
    void aDeletedFolderAsksForANewWalk() throws IOException {
        SourceTree earlier = walk();
        Path year = content.resolve("articles/2025");
        Files.delete(year.resolve("one.md"));
        Files.delete(year);

        assertThat(update(earlier, year.toAbsolutePath())).isEmpty();
    }
}
