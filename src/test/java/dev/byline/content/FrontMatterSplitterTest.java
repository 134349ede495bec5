package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

    private static final String FILE = "content/articles/x.md";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<FrontMatterSplitter.Split> split(String text) {
        return FrontMatterSplitter.split(text, FILE, diagnostics);
    }

    @Test
    void frontMatterAndBodyAreSplitAtTheFences() {
        Optional<FrontMatterSplitter.Split> result = split("---\ntitle: A\ndate: 2025-08-15\n---\nHello.\n\nMore.\n");

        assertThat(result).isPresent();
        assertThat(result.get().yaml()).isEqualTo("title: A\ndate: 2025-08-15\n");
        assertThat(result.get().body()).isEqualTo("Hello.\n\nMore.\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void bodyStartLineIsTheLineAfterTheClosingFence() {
        FrontMatterSplitter.Split result = split("---\ntitle: A\ndate: 2025-08-15\n---\nHello.\n").orElseThrow();

        // lines 1-4 are the fences and two fields; the body starts on line 5
        assertThat(result.bodyStartLine()).isEqualTo(5);
    }

    @Test
    void threeDotsAlsoCloseTheFrontMatter() {
        FrontMatterSplitter.Split result = split("---\ntitle: A\n...\nBody\n").orElseThrow();

        assertThat(result.yaml()).isEqualTo("title: A\n");
        assertThat(result.body()).isEqualTo("Body\n");
        assertThat(result.bodyStartLine()).isEqualTo(4);
    }

    @Test
    void closingFenceAtEndOfFileGivesAnEmptyBody() {
        FrontMatterSplitter.Split result = split("---\ntitle: A\n---").orElseThrow();

        assertThat(result.yaml()).isEqualTo("title: A\n");
        assertThat(result.body()).isEmpty();
    }

    @Test
    void trailingSpacesOnFencesAreIgnored() {
        FrontMatterSplitter.Split result = split("---  \ntitle: A\n--- \t\nBody\n").orElseThrow();

        assertThat(result.yaml()).isEqualTo("title: A\n");
        assertThat(result.body()).isEqualTo("Body\n");
    }

    @Test
    void aLongerDashLineIsNotAFence() {
        assertThat(split("----\ntitle: A\n----\nBody\n")).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message)
                .singleElement().asString().startsWith("missing front matter");
    }

    @Test
    void missingFrontMatterIsAnErrorAtLineOneColumnOne() {
        assertThat(split("# Just a heading\n\nText.\n")).isEmpty();

        Diagnostic error = diagnostics.sorted().get(0);
        assertThat(diagnostics.sorted()).hasSize(1);
        assertThat(error.isError()).isTrue();
        assertThat(error.format()).startsWith(FILE + ":1:1: error: missing front matter");
        assertThat(error.message()).contains("\"---\"", "title:", "date: 2025-08-15");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertThat(split("---\ntitle: A\ndate: 2025-08-15\n\nBody text\n")).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(1);
            assertThat(error.message()).startsWith("front matter is not closed");
        });
    }

    @Test
    void emptyFileIsAnError() {
        assertThat(split("")).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().satisfies(error -> {
            assertThat(error.format()).startsWith(FILE + ":1:1: error: the file is empty");
        });
    }

    @Test
    void blankFileCountsAsEmpty() {
        assertThat(split("  \n\n\t\n")).isEmpty();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::message)
                .singleElement().asString().startsWith("the file is empty");
    }

    @Test
    void blankLinesBeforeTheOpeningFenceAreSkipped() {
        FrontMatterSplitter.Split result = split("\n  \n---\ntitle: A\n---\nBody\n").orElseThrow();

        assertThat(result.openingLine()).isEqualTo(3);
        assertThat(result.yaml()).isEqualTo("title: A\n");
        assertThat(result.bodyStartLine()).isEqualTo(6);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeTheOpeningFenceIsSkipped() {
        FrontMatterSplitter.Split result = split("\n\uFEFF---\ntitle: A\n---\nBody\n").orElseThrow();

        assertThat(result.openingLine()).isEqualTo(2);
        assertThat(result.body()).isEqualTo("Body\n");
    }

    @Test
    void textAfterBlankLinesWithoutAFenceIsMissingFrontMatterAtItsLine() {
        assertThat(split("\n\n# Heading\n")).isEmpty();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith(FILE + ":3:1: error: missing front matter");
    }

    @Test
    void emptyFrontMatterBetweenFencesIsAllowed() {
        FrontMatterSplitter.Split result = split("---\n---\nBody\n").orElseThrow();

        assertThat(result.yaml()).isEmpty();
        assertThat(result.body()).isEqualTo("Body\n");
        assertThat(result.bodyStartLine()).isEqualTo(3);
    }
}
