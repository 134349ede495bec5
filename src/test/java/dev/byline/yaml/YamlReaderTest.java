package dev.byline.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static final String FILE = "content/articles/x.md";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<YamlMap> read(String yaml) {
        return YamlReader.readMapping(yaml, FILE, 0, diagnostics);
    }

    private Diagnostic onlyDiagnostic() {
        assertThat(diagnostics.sorted()).hasSize(1);
        return diagnostics.sorted().get(0);
    }

    @Test
    void mappingIsReadWithItsKeysInOrder() {
        YamlMap map = read("title: A\ndate: 2025-08-15\ntags: [a, b]\n").orElseThrow();

        assertThat(map.keys()).containsExactly("title", "date", "tags");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void emptyTextIsAnEmptyMapping() {
        YamlMap map = read("").orElseThrow();

        assertThat(map.keys()).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondKey() {
        assertThat(read("title: A\ndate: 2025-08-15\n  \ntitle: B\n")).isPresent();

        Diagnostic error = onlyDiagnostic();
        assertThat(error.isError()).isTrue();
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.message()).isEqualTo("duplicate key \"title\" (first given on line 1); keep one of them");
    }

    @Test
    void duplicateKeyInsideANestedMappingIsReportedWhereItIs() {
        YamlMap map = read("author:\n  name: A\n  name: B\n").orElseThrow();

        assertThat(map.mapping("author")).isPresent();
        Diagnostic error = onlyDiagnostic();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(3);
        assertThat(error.message()).contains("duplicate key \"name\" (first given on line 2)");
    }

    @Test
    void scalarRootIsNotAMapping() {
        assertThat(read("just some text\n")).isEmpty();

        Diagnostic error = onlyDiagnostic();
        assertThat(error.format()).isEqualTo(FILE + ":1:1: error: expected \"key: value\" lines, found text");
    }

    @Test
    void listRootIsNotAMapping() {
        assertThat(read("- a\n- b\n")).isEmpty();

        assertThat(onlyDiagnostic().message()).isEqualTo("expected \"key: value\" lines, found a list");
    }

    @Test
    void lineOffsetIsAddedToEveryPosition() {
        YamlMap map = YamlReader.readMapping("title: A\ntags: [x, y]\n", FILE, 1, diagnostics).orElseThrow();

        assertThat(map.position().line()).isEqualTo(2);
        assertThat(map.keyPosition("tags").line()).isEqualTo(3);
        assertThat(map.positionOf("tags").line()).isEqualTo(3);
        assertThat(map.positionOf("tags").column()).isEqualTo(7);
        assertThat(map.textList("tags", "[a]").orElseThrow())
                .extracting(tag -> tag.position().column())
                .containsExactly(8, 11);
    }

    @Test
    void lineOffsetAppliesToSyntaxErrors() {
        assertThat(YamlReader.readMapping("title: A\n\tdate: 2025-08-15\n", FILE, 1, diagnostics)).isEmpty();

        Diagnostic error = onlyDiagnostic();
        assertThat(error.isError()).isTrue();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).contains("does not allow tabs");
    }

    @Test
    void unclosedQuoteIsReportedWhereItOpens() {
        assertThat(YamlReader.readMapping("title: \"Unbalanced\ndate: 2025-08-15\nauthor: ada\n", FILE, 1,
                diagnostics)).isEmpty();

        Diagnostic error = onlyDiagnostic();
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(8);
        assertThat(error.message()).startsWith("this value's opening quote is not closed on its line");
    }

    @Test
    void aMultiLineQuotedValueDoesNotTakeTheBlameForAnotherError() {
        assertThat(YamlReader.readMapping("description: \"two\n  lines\"\n\tdate: 2025-08-15\n", FILE, 1,
                diagnostics)).isEmpty();

        assertThat(onlyDiagnostic().message()).contains("does not allow tabs");
    }

    @Test
    void escapedAndDoubledQuotesDoNotCountAsUnclosed() {
        assertThat(YamlReader.unclosedQuote("a: \"say \\\"hi\\\"\"\nb: 'it''s'\n", FILE, 0)).isEmpty();
        assertThat(YamlReader.unclosedQuote("a: ok\nb: 'it''s\n", FILE, 0)).isPresent();
    }

    /** Front matter starts on the file's line 2, after the opening ---. */
    private String readFrontMatter(String yaml) {
        assertThat(YamlReader.readMapping(yaml, FILE, 1, diagnostics)).isEmpty();
        return onlyDiagnostic().format();
    }

    @Test
    void aValueContainingColonSpaceIsToldToBeQuotedAtTheValue() {
        assertThat(readFrontMatter("title: Peace: not yet\ndate: 2025-08-15\n")).isEqualTo("content/articles/x.md:2:8: "
                + "error: the value of title contains \": \", which YAML reads as the start of another key; put the "
                + "whole value in quotes: title: \"Peace: not yet\"");
    }

    @Test
    void anOverIndentedKeyIsSaidToBeIndentedMoreThanTheKeyAbove() {
        assertThat(readFrontMatter("title: A\ndate: 2026-12-01\n  author: jane-doe\ntags: [a]\n"))
                .isEqualTo("content/articles/x.md:4:3: error: author: is indented more than date: on line 3, so "
                        + "YAML reads it as part of that value; start author: in the same column as date: (column 1)");
    }

    @Test
    void anUnclosedListIsReportedAtItsOpeningBracket() {
        assertThat(readFrontMatter("title: A\ntags: [community, media\nslug: town-square\n"))
                .isEqualTo("content/articles/x.md:3:7: error: this list's [ is never closed; end it with ] on the "
                        + "same line: tags: [community, media]");
    }

    @Test
    void anUnclosedMappingIsReportedAtItsOpeningBrace() {
        assertThat(readFrontMatter("author: {name: Ada, bio: Writes\nslug: s\n"))
                .isEqualTo("content/articles/x.md:2:9: error: this mapping's { is never closed; end it with } on "
                        + "the same line: author: {name: Ada, bio: Writes}");
    }

    @Test
    void aTabUsedForIndentingIsReportedAtTheTabInPlainWords() {
        assertThat(readFrontMatter("tags:\n\t- community\n")).isEqualTo("content/articles/x.md:3:1: error: YAML "
                + "does not allow tabs for indenting; indent this line with spaces");
    }

    @Test
    void aLineIndentedUnlikeTheLinesAboveItIsSaidToBe() {
        assertThat(YamlReader.readMapping("title: T\nnav:\n    - title: A\n  url: /a/\n", "content/site.yaml", 0,
                diagnostics)).isEmpty();

        assertThat(onlyDiagnostic().format()).isEqualTo("content/site.yaml:4:3: error: this line is indented "
                + "differently from the lines above it (2 spaces, where line 3 has 4 spaces); lines that belong "
                + "together must start in the same column");
    }

    @Test
    void aliasBombIsRejectedQuicklyWithAnError() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*a" + (level - 1);
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        Optional<YamlMap> result = read(yaml.toString());

        assertThat(result).isEmpty();
        Diagnostic error = onlyDiagnostic();
        assertThat(error.isError()).isTrue();
        assertThat(error.message()).startsWith("not valid YAML: ").contains("aliases");
    }

    @Test
    void aliasBombGetsTheTooManyAliasesHint() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*a" + (level - 1)))).append("]\n");
        }

        assertThat(read(yaml.toString())).isEmpty();

        assertThat(onlyDiagnostic().message()).contains("the file uses too many aliases");
    }

    @Test
    void aFewAliasesAreFine() {
        YamlMap map = read("base: &who Andrew Wilson\nauthor: *who\n").orElseThrow();

        assertThat(map.text("author").orElseThrow().value()).isEqualTo("Andrew Wilson");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void noStaysTextUnderYaml12() {
        YamlMap map = read("title: no\nslug: off\ndraft: false\n").orElseThrow();

        assertThat(map.text("title").orElseThrow().value()).isEqualTo("no");
        assertThat(map.text("slug").orElseThrow().value()).isEqualTo("off");
        assertThat(map.bool("draft")).contains(false);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void complexKeyIsRefusedWithAnError() {
        assertThat(read("title: A\n? [a, b]\n: value\n")).isEmpty();

        Diagnostic error = onlyDiagnostic();
        assertThat(error.isError()).isTrue();
        assertThat(error.message()).startsWith("not valid YAML: ").contains("Non scalar key");
    }

    @Test
    void coreSchemaNullsAndBooleansAreRecognised() {
        YamlMap map = read("description: ~\nupdated: Null\ndraft: True\n").orElseThrow();

        assertThat(map.kindOf("description")).isEqualTo(YamlMap.ValueKind.ABSENT);
        assertThat(map.kindOf("updated")).isEqualTo(YamlMap.ValueKind.ABSENT);
        assertThat(map.bool("draft")).contains(true);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void datesStayText() {
        YamlMap map = read("date: 2025-08-15T09:30:00+02:00\n").orElseThrow();

        assertThat(map.text("date").orElseThrow().value()).isEqualTo("2025-08-15T09:30:00+02:00");
    }
}
