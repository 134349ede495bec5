package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year as an article's slug would take the address of the archive's page for that year. */
class ArticleSlugYearTest {

    @TempDir
    Path temp;

    private ArticleParse parse(String name, String title, String lines) throws IOException {
        Path file = temp.resolve("content/articles/" + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + title + "\ndate: 2025-08-15\nauthor: Jane Doe\n" + lines
                + "---\nText.\n");
        ArticleParser parser = new ArticleParser(ZoneId.of("UTC"), new MarkdownRenderer("/", false,
                new ImageSizes(ScannedStaticFiles.NONE, "/")), Optional.empty());
        return parser.parse(new SourceFile(SourceKind.ARTICLE, file, "content/articles/" + name, name));
    }

    private static List<String> messages(ArticleParse parse) {
        assertThat(parse.article().document()).as("a file with errors is not published").isEmpty();
        return parse.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aYearOnTheSlugLineIsAnErrorThereSuggestingASlugFromTheTitle() throws IOException {
        assertThat(messages(parse("a.md", "The Year in Housing", "slug: 2024\n"))).containsExactly(
                "content/articles/a.md:5:7: error: slug \"2024\", a year: /articles/2024/ is the archive's page "
                        + "for that year; use a line such as \"slug: the-year-in-housing\"");
    }

    @Test
    void aFileNamedAfterAYearIsAnErrorAtTheFile() throws IOException {
        assertThat(messages(parse("2023.md", "2023", ""))).containsExactly(
                "content/articles/2023.md: error: the file name gives the slug \"2023\", a year: /articles/2023/ "
                        + "is the archive's page for that year; rename the file or add a line such as "
                        + "\"slug: 2023-in-review\"");
    }

    @Test
    void aSlugWithAYearAndWordsIsFine() throws IOException {
        ArticleParse parse = parse("a.md", "A", "slug: 2024-in-review\n");

        assertThat(parse.diagnostics()).isEmpty();
        assertThat(parse.article().document().orElseThrow().slug().value()).isEqualTo("2024-in-review");
    }

    @Test
    void aSlugOfOtherDigitsIsNoYear() throws IOException {
        assertThat(parse("a.md", "A", "slug: 12345\n").diagnostics()).isEmpty();
    }
}
