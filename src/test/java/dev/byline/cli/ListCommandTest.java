package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code byline list} of the golden site, which has an article in every state. */
class ListCommandTest {

    private final CommandRun byline = new CommandRun();

    private static String[] listArgs(Path content, String... more) {
        List<String> args = new ArrayList<>(List.of("list", "--source", content.toString(),
                "--templates", TestSites.theme().toString(), "--cache-dir", TestSites.templateCache().toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static Path golden() {
        return TestSites.fixture("sites", "golden").resolve("content");
    }

    @Test
    void byDefaultThePublishedArticlesAreListedNewestFirstAndTheOthersCounted() {
        assertThat(byline.run(listArgs(golden()))).isZero();

        List<String> lines = byline.out().lines().toList();
        assertThat(lines.get(0)).matches("DATE +STATE +WORDS +AUTHORS +TITLE +FILE");
        assertThat(lines.subList(1, lines.size())).satisfiesExactly(
                line -> assertThat(line).matches("2025-03-02 04:30 +published +\\d+ +Ada Byron +Café Society Needs"
                        + ".* +.*/Café-Society\\.md"),
                line -> assertThat(line).contains("2025-02-25", "The Gazette Board,", "A Joint Note on the"),
                line -> assertThat(line).contains("2025-02-20", "The Gazette Board", "Fix the Clock Tower"),
                line -> assertThat(line).contains("2025-02-20", "Charles Babbage", "Ledgers Deserve Err"),
                line -> assertThat(line).contains("2025-02-10", "Ada Byron, Grace", "A Ledger of Errors"),
                line -> assertThat(line).contains("2025-01-20", "Ada Byron", "The Night Bus Knows"),
                line -> assertThat(line).contains("2025-01-12", "Mary Somerville", "Maps for Everyone"),
                line -> assertThat(line).contains("2025-01-05", "published", "Grace Hopper", "Debugging, Literally"),
                line -> assertThat(line).contains("2024-11-18", "published", "Ada Byron", "The Winter Ferry"));
        assertThat(byline.err()).isEqualTo("Not listed: 1 draft (--drafts), 1 scheduled (--future), 1 expired "
                + "(--all)." + System.lineSeparator());
    }

    @Test
    void draftsAndFutureAddThoseArticlesMarkedAsSuch() {
        assertThat(byline.run(listArgs(golden(), "--drafts", "--future"))).isZero();

        assertThat(byline.out()).containsPattern("2099-01-01 +scheduled .*From the Future")
                .containsPattern("2025-01-01 +draft .*Not Ready").doesNotContain("expired");
        assertThat(byline.err()).isEqualTo("Not listed: 1 expired (--all)." + System.lineSeparator());
    }

    @Test
    void allListsEveryArticleAndNothingIsSaidOfLeftOutOnes() {
        assertThat(byline.run(listArgs(golden(), "--all"))).isZero();

        assertThat(byline.out().lines()).hasSize(13);
        assertThat(byline.out()).containsPattern("2025-01-01 +expired .*A Time-Limited Offer");
        assertThat(byline.err()).isEmpty();
    }

    @Test
    void theStateIsColouredOnATerminalAndTheRestOfTheTableIsNot() {
        Console terminal = Console.of(Map.of(), true, true);

        assertThat(byline.run(BylineCommand.commandLine(terminal), listArgs(golden()))).isZero();

        assertThat(byline.out()).contains("\u001B[32mpublished").containsPattern("(?m)^DATE  ");
    }

    @Test
    void aSiteWithErrorsIsNotListed(@TempDir Path temp) throws IOException {
        TestSites.copyTree(golden(), temp);
        Files.writeString(temp.resolve("articles/broken.md"), "---\ntitle: Broken\n---\n");

        assertThat(byline.run(listArgs(temp))).isEqualTo(1);

        assertThat(byline.out()).isEmpty();
        assertThat(byline.err()).contains("broken.md:", "error: missing date", "fix them to list the articles");
    }

    @Test
    void aSiteWithoutArticlesSaysHowToStartOne(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("site.yaml"), "title: Empty\nbaseUrl: https://example.org/\n");

        assertThat(byline.run(listArgs(temp))).isZero();

        assertThat(byline.out()).isEmpty();
        assertThat(byline.err()).contains("No articles yet", "byline new");
    }
}
