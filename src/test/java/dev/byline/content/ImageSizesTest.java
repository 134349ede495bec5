package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizesTest {

    @TempDir
    Path temp;

    private Path staticDir;

    @BeforeEach
    void createStaticFolder() throws IOException {
        staticDir = Files.createDirectories(temp.resolve("content/static"));
    }

    private void png(Path file, int width, int height) throws IOException {
        TestImages.png(file, width, height);
    }

    private void svg(String sitePath, String rootElement) throws IOException {
        Path file = staticDir.resolve(sitePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\"?>\n" + rootElement + "<rect width=\"5\" height=\"5\"/></svg>\n");
    }

    private ImageSizes atRoot() {
        return new ImageSizes(ScannedStaticFiles.in(staticDir.getParent()), "/");
    }

    @Test
    void pngSizeIsReadFromTheFile() throws IOException {
        png(staticDir.resolve("images/chart.png"), 64, 48);

        assertThat(atRoot().of("/images/chart.png")).contains(new ImageSizes.Size(64, 48));
    }

    @Test
    void queryAndFragmentAreIgnored() throws IOException {
        png(staticDir.resolve("images/chart.png"), 64, 48);

        assertThat(atRoot().of("/images/chart.png?v=2")).contains(new ImageSizes.Size(64, 48));
        assertThat(atRoot().of("/images/chart.png#top")).contains(new ImageSizes.Size(64, 48));
    }

    @Test
    void svgSizeIsReadFromWidthAndHeightAttributes() throws IOException {
        svg("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\">");

        assertThat(atRoot().of("/images/logo.svg")).contains(new ImageSizes.Size(120, 80));
    }

    @Test
    void svgSizeInPixelsIsRead() throws IOException {
        svg("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" height='80px' width=\"120px\">");

        assertThat(atRoot().of("/images/logo.svg")).contains(new ImageSizes.Size(120, 80));
    }

    @Test
    void fractionalSvgSizeIsRounded() throws IOException {
        svg("images/logo.svg", "<svg width=\"10.6\" height=\"20.4\" xmlns=\"http://www.w3.org/2000/svg\">");

        assertThat(atRoot().of("/images/logo.svg")).contains(new ImageSizes.Size(11, 20));
    }

    @Test
    void svgWithoutWidthAndHeightHasNoSize() throws IOException {
        svg("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 80\">");

        assertThat(atRoot().of("/images/logo.svg")).isEmpty();
    }

    @Test
    void svgWithOnlyAWidthHasNoSize() throws IOException {
        svg("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\">");

        assertThat(atRoot().of("/images/logo.svg")).isEmpty();
    }

    @Test
    void svgSizeInOtherUnitsIsNotTakenForPixels() throws IOException {
        svg("images/percent.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"100%\">");
        svg("images/em.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2em\" height=\"1em\">");

        assertThat(atRoot().of("/images/percent.svg")).isEmpty();
        assertThat(atRoot().of("/images/em.svg")).isEmpty();
    }

    @Test
    void svgStrokeWidthIsNotTakenForTheWidth() throws IOException {
        svg("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" stroke-width=\"3\" height=\"80\">");

        assertThat(atRoot().of("/images/logo.svg")).isEmpty();
    }

    @Test
    void pathWithDotDotHasNoSize() throws IOException {
        png(temp.resolve("content/secret.png"), 10, 10);
        png(staticDir.resolve("images/chart.png"), 64, 48);

        assertThat(atRoot().of("/../secret.png")).isEmpty();
        assertThat(atRoot().of("/images/../images/chart.png")).isEmpty();
    }

    @Test
    void pathOutsideTheStaticFolderHasNoSize() throws IOException {
        Path outside = temp.resolve("outside.png");
        png(outside, 10, 10);

        // "//..." is a protocol-relative link; read as a site path it would be an absolute file path
        assertThat(atRoot().of("/" + outside.toAbsolutePath())).isEmpty();
    }

    @Test
    void missingFileHasNoSize() {
        assertThat(atRoot().of("/images/missing.png")).isEmpty();
    }

    @Test
    void folderHasNoSize() throws IOException {
        Files.createDirectories(staticDir.resolve("images/folder.png"));

        assertThat(atRoot().of("/images/folder.png")).isEmpty();
    }

    @Test
    void unreadableImageHasNoSize() throws IOException {
        Files.createDirectories(staticDir.resolve("images"));
        Files.writeString(staticDir.resolve("images/broken.png"), "not a png");

        assertThat(atRoot().of("/images/broken.png")).isEmpty();
    }

    @Test
    void linkNotUnderTheBasePathHasNoSize() throws IOException {
        png(staticDir.resolve("images/chart.png"), 64, 48);
        ImageSizes underOpinion = new ImageSizes(ScannedStaticFiles.in(staticDir.getParent()), "/opinion/");

        assertThat(underOpinion.of("/images/chart.png")).isEmpty();
        assertThat(underOpinion.of("https://example.org/opinion/images/chart.png")).isEmpty();
        assertThat(underOpinion.of("images/chart.png")).isEmpty();
    }

    @Test
    void linkUnderABasePathIsLookedUpWithoutIt() throws IOException {
        png(staticDir.resolve("images/chart.png"), 64, 48);
        ImageSizes underOpinion = new ImageSizes(ScannedStaticFiles.in(staticDir.getParent()), "/opinion/");

        assertThat(underOpinion.of("/opinion/images/chart.png")).contains(new ImageSizes.Size(64, 48));
    }

    @Test
    void relativeStaticFolderIsResolvedAgainstTheWorkingFolder() throws IOException {
        png(staticDir.resolve("images/chart.png"), 64, 48);
        Path relative = Path.of("").toAbsolutePath().relativize(staticDir);

        assertThat(new ImageSizes(ScannedStaticFiles.in(relative.getParent()), "/").of("/images/chart.png"))
                .contains(new ImageSizes.Size(64, 48));
    }

    @Test
    void anImageAddedAfterTheScanHasNoSize() throws IOException {
        ImageSizes scannedEmpty = atRoot();
        png(staticDir.resolve("images/chart.png"), 64, 48);

        assertThat(scannedEmpty.of("/images/chart.png")).isEmpty();
    }
}
