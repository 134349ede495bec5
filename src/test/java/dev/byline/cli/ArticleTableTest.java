package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.assemble.PublishingRules.Verdict;
import dev.byline.catalog.CatalogEntry;
import dev.byline.model.ArticleDate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code byline list}'s table fits 100 columns, whatever the length of the titles, names and paths. */
class ArticleTableTest {

    private static final ArticleDate DATE = new ArticleDate(ZonedDateTime.of(2025, 8, 15, 21, 30, 0, 0,
            ZoneOffset.UTC), true);

    private static CatalogEntry entry(String authors, String title, String file) {
        return new CatalogEntry(DATE, Verdict.PUBLISH, Verdict.PUBLISH, 1234, List.of(authors), title, file);
    }

    private static List<String> printed(CatalogEntry... entries) {
        StringWriter out = new StringWriter();
        new ArticleTable(Console.PLAIN).print(List.of(entries), new PrintWriter(out, true));
        return out.toString().lines().toList();
    }

    @Test
    void shortRowsArePrintedWhole() {
        List<String> lines = printed(entry("Ada Byron", "Café Society", "content/articles/cafe.md"));

        assertThat(lines).containsExactly(
                "DATE              STATE      WORDS  AUTHORS    TITLE         FILE",
                "2025-08-15 21:30  published   1234  Ada Byron  Café Society  content/articles/cafe.md");
    }

    @Test
    void longTitlesNamesAndPathsAreCutToFitOneHundredColumns() {
        String title = "Why Our Town Needs a Night Bus, and Why the Council Keeps Saying It Cannot Afford One "
                + "When It Can";
        String file = "content/articles/2025/transport/why-our-town-needs-a-night-bus-and-why-the-council-"
                + "keeps-saying-no.md";
        List<String> lines = printed(entry("Maren Okafor, Anne-Marie O'Neil and Jane Doe", title, file),
                entry("Ada Byron", "Short", "content/articles/short.md"));

        assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length()))
                .isLessThanOrEqualTo(100));
        assertThat(lines.get(1)).startsWith("2025-08-15 21:30  published   1234  Maren Okafor, ")
                .contains("  Why Our Town Needs…")
                .containsPattern("… +…")
                .endsWith("-keeps-saying-no.md");
        assertThat(lines.get(2)).contains("  Ada Byron ", "  Short ").endsWith("/articles/short.md");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String title = "😀".repeat(120);

        String line = printed(entry("Ada Byron", title, "content/articles/emoji.md")).get(1);

        assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(100);
        assertThat(line).contains("😀…").doesNotContain("\uFFFD");
        assertThat(line.codePoints().filter(point -> Character.getType(point) == Character.SURROGATE).count())
                .as("halves of a split pair").isZero();
    }
}
