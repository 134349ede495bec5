package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.yaml.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFilesTest {

    @TempDir
    Path temp;

    private StaticFiles files;

    @BeforeEach
    void createStaticFolder() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("content/static/images"));
        Files.writeString(folder.resolve("my photo.jpg"), "a picture");
        files = ScannedStaticFiles.in(temp.resolve("content"));
    }

    private List<String> problems(String written) {
        Diagnostics diagnostics = new Diagnostics();
        files.checkExists("avatar", new Located<>(written, new Position("content/authors/x.yaml", 3, 9)),
                diagnostics);
        return diagnostics.sorted().stream().map(d -> d.format()).toList();
    }

    @Test
    void aFileIsFoundWithOrWithoutTheLeadingSlashEscapesQueryAndFragment() {
        assertThat(problems("/images/my photo.jpg")).isEmpty();
        assertThat(problems("images/my%20photo.jpg")).isEmpty();
        assertThat(problems("/images/my%20photo.jpg?v=2#top")).isEmpty();
    }

    @Test
    void webAddressesAreNotChecked() {
        assertThat(problems("https://cdn.example.net/missing.jpg")).isEmpty();
        assertThat(problems("//cdn.example.net/missing.jpg")).isEmpty();
    }

    @Test
    void aMissingFileIsReportedWithWhereToPutIt() {
        assertThat(problems("/images/jd.jpg?v=2")).containsExactly("content/authors/x.yaml:3:9: error: avatar "
                + "/images/jd.jpg?v=2 does not exist; put the file at content/static/images/jd.jpg or fix the path");
    }

    @Test
    void aFolderOrAPathClimbingOutIsNotAFileOfTheSite() throws IOException {
        Files.writeString(temp.resolve("content/secret.jpg"), "outside");

        assertThat(files.file("/images")).isEmpty();
        assertThat(files.file("/../secret.jpg")).isEmpty();
        assertThat(problems("/%zz.jpg")).hasSize(1);
    }

    @Test
    void whatIsThereIsWhatTheScanFoundNotWhatTheDiskHoldsLater() throws IOException {
        Path images = temp.resolve("content/static/images");
        Files.writeString(images.resolve("added later.jpg"), "a picture");
        Files.delete(images.resolve("my photo.jpg"));

        assertThat(files.file("/images/my photo.jpg")).isPresent();
        assertThat(files.file("/images/added later.jpg")).isEmpty();
    }

    @Test
    void aDoubledSlashOrADotNamesTheSameFile() {
        assertThat(files.file("/images//my photo.jpg")).isPresent();
        assertThat(files.file("/./images/my photo.jpg")).isPresent();
    }
}
