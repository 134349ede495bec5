package dev.byline.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.content.ArticleDocument;
import dev.byline.content.ArticleParser;
import dev.byline.content.AuthorRef;
import dev.byline.content.ImageSizes;
import dev.byline.content.ScannedStaticFiles;
import dev.byline.content.MarkdownRenderer;
import dev.byline.diag.Diagnostics;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.testing.TestSites;
import dev.byline.yaml.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file {@code byline new} writes parses back, as a build parses it, into what was asked for. */
class NewArticleTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    @TempDir
    Path dir;

    private ArticleDocument parsedBack(NewArticle article) throws IOException {
        return parsedBack(article.text());
    }

    /** The front matter and body {@code text}, parsed as a build parses it, with no problem found. */
    private ArticleDocument parsedBack(String text) throws IOException {
        Path file = dir.resolve("article.md");
        Files.writeString(file, text);
        Diagnostics diagnostics = new Diagnostics();
        ArticleParser parser = new ArticleParser(ZONE, new MarkdownRenderer("/", false,
                new ImageSizes(ScannedStaticFiles.NONE, "/")), Optional.empty());
        ArticleDocument document = parser.parse(new SourceFile(SourceKind.ARTICLE, file, "content/articles/x.md",
                "x.md"), diagnostics).document().orElseThrow(() -> new AssertionError(diagnostics.sorted()));
        assertThat(TestSites.formatted(diagnostics.sorted())).isEmpty();
        return document;
    }

    @Test
    void aHeadlineWithAColonQuotesAndAHashReadsBackAsTyped() throws IOException {
        String headline = "Transit: \"Free\" Buses # Are Not 'Free' \\ at All";

        ArticleDocument document = parsedBack(new NewArticle(headline, "2025-08-15",
                new AuthorChoice.Registered("jane-doe"), List.of(), false));

        assertThat(document.title()).isEqualTo(headline);
    }

    @Test
    void dateAuthorTagsAndDraftAreFilledIn() throws IOException {
        ArticleDocument document = parsedBack(new NewArticle("Night Bus", "2025-08-15T21:30",
                new AuthorChoice.Registered("jane-doe"), List.of("transport", "New York", "null"), true));

        assertThat(document.date().value()).isEqualTo("2025-08-15T21:30-04:00[America/New_York]");
        assertThat(document.authors()).singleElement().isInstanceOfSatisfying(AuthorRef.Slug.class,
                slug -> assertThat(slug.slug()).isEqualTo("jane-doe"));
        assertThat(document.tags()).extracting(Located::value).containsExactly("transport", "New York", "null");
        assertThat(document.draft()).isTrue();
        assertThat(document.description()).isEmpty();
        assertThat(document.body().words()).isZero();
    }

    @Test
    void aWriterOutsideTheRegistryIsNamedInTheArticle() throws IOException {
        ArticleDocument document = parsedBack(new NewArticle("Night Bus", "2025-08-15",
                new AuthorChoice.Named("Mary O'Hara: Guest"), List.of(), false));

        assertThat(document.authors()).singleElement().isInstanceOfSatisfying(AuthorRef.Named.class,
                named -> assertThat(named.profile().name()).isEqualTo("Mary O'Hara: Guest"));
    }

    @Test
    void aLeadImageIsShownCommentedOutAndItsLinesUncommentedGiveTheImage() throws IOException {
        NewArticle article = new NewArticle("Night Bus", "2025-08-15", new AuthorChoice.Registered("jane-doe"),
                List.of(), false);
        assertThat(article.text()).contains("\n# image:", "\n#   src: ", "\n#   alt: ", "\n#   caption: ",
                "\n#   credit: ");
        assertThat(parsedBack(article).image()).isNull();

        ArticleDocument uncommented = parsedBack(article.text().replaceAll("(?m)^# (image:|  \\w+:)", "$1")
                .replaceFirst("src: \\S+", "src: https://example.org/bus.jpg")
                .replaceFirst("alt: \"\"", "alt: \"A night bus at its stop\""));

        assertThat(uncommented.image().src()).isEqualTo("https://example.org/bus.jpg");
        assertThat(uncommented.image().alt()).isEqualTo("A night bus at its stop");
    }

    @Test
    void withoutTagsOrDraftTheirLinesAreLeftOut() {
        String text = new NewArticle("Night Bus", "2025-08-15", new AuthorChoice.Registered("jane-doe"), List.of(),
                false).text();

        assertThat(text).startsWith("---\ntitle: \"Night Bus\"\ndate: 2025-08-15\nauthor: jane-doe\n")
                .doesNotContain("tags:", "draft:").endsWith("---\n\n");
    }
}
