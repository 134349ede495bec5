package dev.byline.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.byline.content.ArticleDocument;
import dev.byline.content.ArticleParse;
import dev.byline.content.FailedArticle;
import dev.byline.content.ImageSizes;
import dev.byline.source.SourceFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedArticleStoreTest {

    private static final Supplier<byte[]> NOT_TO_BE_READ = () -> fail("the file was read, though its version is kept");

    @TempDir
    Path temp;

    private StoreSite site;

    @BeforeEach
    void makeSite() {
        site = new StoreSite(temp);
    }

    @Test
    void everyParseOfTheSiteReadsBackEqualToAFreshParse() throws IOException {
        site.savedStore();
        ParsedArticleStore.Loaded loaded = site.load();

        assertThat(loaded.ignoredBecause()).isEmpty();
        List<SourceFile> articles = site.articles();
        assertThat(articles).hasSizeGreaterThan(8);
        for (SourceFile file : articles) {
            assertThat(loaded.store().lookup(file, NOT_TO_BE_READ, site.images())).as(file.relative())
                    .contains(site.parse(file));
        }
    }

    @Test
    void theSiteHoldsEveryKindOfRecordAParseCanHold() {
        List<ArticleParse> parses = site.articles().stream().map(site::parse).toList();

        assertThat(parses).anyMatch(parse -> parse.article() instanceof FailedArticle failed
                && failed.knownSlug().isEmpty());
        assertThat(parses).anyMatch(parse -> parse.article() instanceof FailedArticle failed
                && failed.knownSlug().isPresent() && failed.image() != null && !failed.unknownKeys().isEmpty());
        ArticleDocument everyField = site.parse(site.articleFile("every-field.md")).article().document().orElseThrow();
        assertThat(everyField.updated()).isNotNull();
        assertThat(everyField.expires()).isNotNull();
        assertThat(everyField.corrections()).hasSize(2);
        assertThat(everyField.unknownKeys()).isNotEmpty();
        assertThat(everyField.body().rawHtml()).isNotNull();
        assertThat(everyField.body().headings()).isNotEmpty();
        assertThat(everyField.image().caption()).isNotEmpty();
        assertThat(site.parse(site.articleFile("every-field.md")).reads().imageSizes())
                .containsEntry("/opinion/images/cup.svg", Optional.of(new ImageSizes.Size(16, 16)))
                .containsEntry("/opinion/images/none.png", Optional.empty());
    }

    @Test
    void noFileIsAnEmptyStoreWithoutWarning() {
        ParsedArticleStore.Loaded loaded = site.load();

        assertThat(loaded.ignoredBecause()).isEmpty();
        assertThat(loaded.store().size()).isZero();
    }

    @Test
    void aFlippedByteAnywhereIsDetectedAndTheStoreIgnored() throws IOException {
        site.savedStore();
        byte[] good = Files.readAllBytes(site.storeFile());

        for (int at = 0; at < good.length; at += at < 200 ? 1 : 101) {
            byte[] flipped = good.clone();
            flipped[at] ^= 0x10;
            Files.write(site.storeFile(), flipped);
            ParsedArticleStore.Loaded loaded = site.load();

            assertThat(loaded.ignoredBecause()).as("byte %d of %d flipped", at, good.length).isPresent();
            assertThat(loaded.store().size()).isZero();
        }
    }

    @Test
    void aFlippedByteInTheBodyIsReportedAsDamage() throws IOException {
        site.savedStore();
        byte[] bytes = Files.readAllBytes(site.storeFile());
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(site.storeFile(), bytes);

        assertThat(site.load().ignoredBecause()).contains("it is damaged (its checksum does not match what it holds)");
    }

    @Test
    void aStoreCutShortIsIgnored() throws IOException {
        site.savedStore();
        byte[] whole = Files.readAllBytes(site.storeFile());

        for (int length : new int[] {0, 5, 8, 20, 40, whole.length / 2, whole.length - 1}) {
            Files.write(site.storeFile(), Arrays.copyOf(whole, length));
            ParsedArticleStore.Loaded loaded = site.load();

            assertThat(loaded.ignoredBecause()).as("cut to %d bytes of %d", length, whole.length).isPresent();
            assertThat(loaded.store().size()).isZero();
        }
        for (int length : new int[] {0, 5, whole.length / 2}) {
            Files.write(site.storeFile(), Arrays.copyOf(whole, length));
            assertThat(site.load().ignoredBecause()).contains("it is incomplete, cut short before its end");
        }
    }

    @Test
    void aStoreOfAnotherFormatIsIgnored() throws IOException {
        CheckedFile.write(site.storeFile(), ParsedArticleStore.KIND, ParsedArticleStore.FORMAT + 1,
                StoreSite.SETTINGS, out -> out.writeInt(0));

        assertThat(site.load().ignoredBecause()).contains("it is in another format of Byline's cache");
    }

    @Test
    void aStoreWrittenByAnotherBylineIsIgnored() throws IOException {
        CheckedFile.Origin other = new CheckedFile.Origin("0.0.1 older build", CheckedFile.Origin.current().java());
        CheckedFile.write(site.storeFile(), ParsedArticleStore.KIND, ParsedArticleStore.FORMAT, other,
                StoreSite.SETTINGS, out -> out.writeInt(0));

        assertThat(site.load().ignoredBecause()).contains("it was written by another version of Byline");
    }

    @Test
    void aStoreWrittenUnderAnotherJavaIsIgnored() throws IOException {
        CheckedFile.Origin other = new CheckedFile.Origin(CheckedFile.Origin.current().byline(), "17.0.1+12");
        CheckedFile.write(site.storeFile(), ParsedArticleStore.KIND, ParsedArticleStore.FORMAT, other,
                StoreSite.SETTINGS, out -> out.writeInt(0));

        assertThat(site.load().ignoredBecause()).get().asString()
                .startsWith("it was written under another version of Java (17.0.1+12; this is ");
    }

    @Test
    void aStoreMadeWithOtherSettingsIsIgnored() throws IOException {
        site.savedStore();

        ParsedArticleStore.Loaded loaded = ParsedArticleStore.load(site.storeFile(), StoreSite.SETTINGS + ", UTC");

        assertThat(loaded.ignoredBecause()).contains("the site's settings changed since it was written");
        assertThat(loaded.store().size()).isZero();
    }

    @Test
    void aFileThatIsNoStoreIsIgnored() throws IOException {
        Files.createDirectories(site.storeFile().getParent());
        Files.writeString(site.storeFile(), "{\"articles\": []}\n");

        assertThat(site.load().ignoredBecause()).contains("it is not a cache file Byline wrote");
    }

    @Test
    void aTouchedFileWithTheSameBytesIsAHitRatherThanAParse() throws IOException {
        site.savedStore();
        Path file = site.article("hopper.md");
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file); // a new inode, as an editor's save-by-rename gives
        Files.write(file, bytes);
        SourceFile touched = site.articleFile("hopper.md");
        ParsedArticleStore store = site.load().store();

        assertThat(store.lookup(touched, () -> ContentHash.of(touched.path()), site.images()))
                .contains(site.parse(touched));
        assertThat(store.lookup(touched, NOT_TO_BE_READ, site.images())).as("the new version is kept")
                .contains(site.parse(touched));
    }

    @Test
    void aChangedFileIsAMiss() throws IOException {
        site.savedStore();
        Files.writeString(site.article("hopper.md"), Files.readString(site.article("hopper.md"))
                .replace("Debugging, Literally", "Debugging, Figuratively"), StandardCharsets.UTF_8);
        SourceFile changed = site.articleFile("hopper.md");

        assertThat(site.load().store().lookup(changed, () -> ContentHash.of(changed.path()), site.images()))
                .isEmpty();
    }

    @Test
    void aKeptParseServesOnlyTheFileItWasMadeFor() throws IOException {
        site.savedStore();
        SourceFile file = site.articleFile("hopper.md");
        SourceFile shownElsewhere = new SourceFile(file.kind(), file.path(), "elsewhere/hopper.md", file.relative(),
                file.version());

        assertThat(site.load().store().lookup(shownElsewhere, () -> ContentHash.of(file.path()), site.images()))
                .isEmpty();
    }

    @Test
    void anImageOfAnotherSizeIsAMissForTheArticlesShowingIt() throws IOException {
        site.savedStore();
        Files.writeString(site.content().resolve("static/images/cup.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"16\"></svg>\n");
        ParsedArticleStore store = site.load().store();

        assertThat(store.lookup(site.articleFile("every-field.md"), NOT_TO_BE_READ, site.images())).isEmpty();
        assertThat(store.lookup(site.articleFile("hopper.md"), NOT_TO_BE_READ, site.images())).isPresent();
    }

    @Test
    void anImageThatAppearsIsAMissForTheArticlesShowingIt() throws IOException {
        site.savedStore();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png",
                site.content().resolve("static/images/none.png").toFile());

        assertThat(site.load().store().lookup(site.articleFile("every-field.md"), NOT_TO_BE_READ, site.images()))
                .isEmpty();
    }

    @Test
    void articlesNoLongerInTheSiteAreDroppedOnSave() throws IOException {
        ParsedArticleStore store = site.savedStore();
        Files.delete(site.article("hopper.md"));

        store.save(site.storeFile(), site.articles());

        ParsedArticleStore reloaded = site.load().store();
        assertThat(reloaded.size()).isEqualTo(site.articles().size());
        assertThat(reloaded.lookup(site.articleFile("draft.md"), NOT_TO_BE_READ, site.images())).isPresent();
    }

    @Test
    void theSameParsesGiveTheSameBytes() throws IOException {
        site.savedStore();
        byte[] first = Files.readAllBytes(site.storeFile());
        site.savedStore();

        assertThat(Files.readAllBytes(site.storeFile())).isEqualTo(first);
    }
}
