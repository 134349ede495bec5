package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parse says which of the site's images it looked up and what it found, so a kept parse knows when it is stale. */
class ArticleParseReadsTest {

    @TempDir
    Path temp;

    /** A picture of the site's own, at {@code /opinion/<sitePath>}. */
    private void png(String sitePath, int width, int height) throws IOException {
        TestImages.png(temp.resolve("content/static").resolve(sitePath), width, height);
    }

    /** The site's image sizes as they are now (an {@link ImageSizes} keeps what it read). */
    private ImageSizes images() {
        return new ImageSizes(ScannedStaticFiles.in(temp.resolve("content")), "/opinion/");
    }

    private ArticleParse parse(String body) throws IOException {
        Path file = temp.resolve("content/articles/a.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: A\ndate: 2025-08-15\nauthor: Jane Doe\n---\n" + body);
        ArticleParser parser = new ArticleParser(ZoneId.of("UTC"), new MarkdownRenderer("/opinion/", false,
                images()), Optional.empty());
        return parser.parse(new SourceFile(SourceKind.ARTICLE, file, "content/articles/a.md", "a.md"));
    }

    @Test
    void aParseRecordsEveryImageItLookedUpWithWhatItFound() throws IOException {
        png("images/chart.png", 64, 48);

        ArticleParse parse = parse("![chart](/images/chart.png) and ![gone](/images/gone.png)\n");

        assertThat(parse.reads().imageSizes()).isEqualTo(Map.of(
                "/opinion/images/chart.png", Optional.of(new ImageSizes.Size(64, 48)),
                "/opinion/images/gone.png", Optional.empty()));
    }

    @Test
    void aParseOfBytesReadAlreadyIsTheParseOfTheFile() throws IOException {
        ArticleParse fromFile = parse("“Quoted” ![chart](/images/chart.png)\n\n<b>raw</b> and a [link](/x/).\n");
        SourceFile file = fromFile.article().source();
        ArticleParser parser = new ArticleParser(ZoneId.of("UTC"), new MarkdownRenderer("/opinion/", false,
                images()), Optional.empty());

        assertThat(parser.parse(file, Files.readAllBytes(file.path()))).isEqualTo(fromFile);
    }

    @Test
    void aParseWithoutImagesReadsNothingBesidesItsFile() throws IOException {
        assertThat(parse("Just [a link](/about/).\n").reads()).isEqualTo(OutsideReads.NONE);
    }

    @Test
    void readsHoldUntilAnImageChangesSize() throws IOException {
        png("images/chart.png", 64, 48);
        OutsideReads reads = parse("![chart](/images/chart.png)\n").reads();

        assertThat(reads.stillHold(images())).isTrue();
        png("images/chart.png", 65, 48);
        assertThat(reads.stillHold(images())).isFalse();
    }

    @Test
    void readsHoldUntilAMissingImageAppears() throws IOException {
        OutsideReads reads = parse("![chart](/images/chart.png)\n").reads();

        assertThat(reads.stillHold(images())).isTrue();
        png("images/chart.png", 64, 48);
        assertThat(reads.stillHold(images())).isFalse();
    }
}
