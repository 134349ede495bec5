package dev.byline.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewFilesTest {

    @TempDir
    Path root;

    @Test
    void nothingIsInTheWayOfFilesInAnEmptyOrMissingFolder() {
        assertThat(NewFiles.inTheWay(root, List.of("content/site.yaml", ".gitignore"))).isEmpty();
        assertThat(NewFiles.inTheWay(root.resolve("missing"), List.of("content/site.yaml"))).isEmpty();
    }

    @Test
    void existingFilesAndFilesWhereAFolderWouldGoAreInTheWaySorted() throws IOException {
        Files.writeString(root.resolve(".gitignore"), "mine\n");
        Files.writeString(root.resolve("templates"), "a file, not a folder\n");
        Files.createSymbolicLink(root.resolve("README.md"), root.resolve("nowhere"));

        assertThat(NewFiles.inTheWay(root, List.of("templates/layout.jte", ".gitignore", "README.md",
                "content/site.yaml"))).containsExactly(".gitignore", "README.md", "templates");
    }

    @Test
    void filesAreWrittenWithTheirFolders() throws IOException {
        NewFiles.write(root, Map.of("content/articles/a.md", "text".getBytes(StandardCharsets.UTF_8)));

        assertThat(root.resolve("content/articles/a.md")).hasContent("text");
    }

    @Test
    void aFileThatAppearedAfterTheCheckIsNeverOverwritten() throws IOException {
        Files.writeString(root.resolve("a.md"), "the writer's own");

        assertThatThrownBy(() -> NewFiles.write(root, Map.of("a.md", new byte[] {'x'})))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(root.resolve("a.md")).hasContent("the writer's own");
    }
}
