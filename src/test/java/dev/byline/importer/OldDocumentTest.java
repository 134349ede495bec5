package dev.byline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OldDocumentTest {

    @Test
    void yamlFrontMatterKeepsDatesAsTextAndNamesTheLineOfEachKey() {
        OldDocument document = read("\n---\ntitle: Hello\ndate: 2024-05-01 10:00:00 +0200\n---\nBody\n");

        assertThat(document.values().text("date")).contains("2024-05-01 10:00:00 +0200");
        assertThat(document.lineOf("date")).isEqualTo(4);
        assertThat(document.body()).isEqualTo("Body\n");
        assertThat(document.bodyLine()).isEqualTo(6);
    }

    @Test
    void tomlFrontMatterWithTablesAndABareDateTime() {
        OldDocument document = read("+++\ntitle = \"T\"\ndate = 2024-02-03T08:00:00-05:00\n"
                + "aliases = [\n  \"a\",\n  \"b\",\n]\n[extra]\nrelease = true\n+++\n\nText\n");

        assertThat(document.values().text("date")).contains("2024-02-03T08:00:00-05:00");
        assertThat(document.values().texts("aliases")).containsExactly("a", "b");
        assertThat(document.values().bool("extra.release")).contains(true);
        assertThat(document.bodyLine()).isEqualTo(11);
    }

    @Test
    void jsonFrontMatterIsTheObjectAtTheTop() {
        OldDocument document = read("{\n  \"title\": \"J\",\n  \"tags\": [\"a\"]\n}\nText\n");

        assertThat(document.values().text("title")).contains("J");
        assertThat(document.values().texts("tags")).containsExactly("a");
        assertThat(document.body()).isEqualTo("Text\n");
        assertThat(document.lineOf("tags")).isEqualTo(3);
    }

    @Test
    void frontMatterWithoutItsOpeningLineIsReadAndSaidSo() {
        OldDocument document = read("layout: post\ntitle: \"Intra-doc links\"\n---\n\nWe're excited.\n");

        assertThat(document.unfenced()).isTrue();
        assertThat(document.values().text("title")).contains("Intra-doc links");
        assertThat(document.body()).isEqualTo("\nWe're excited.\n");
    }

    @Test
    void aFileWithoutFrontMatterIsAllBody() {
        OldDocument document = read("Just text: with a colon.\n");

        assertThat(document.values().isEmpty()).isTrue();
        assertThat(document.body()).isEqualTo("Just text: with a colon.\n");
    }

    @Test
    void unreadableFrontMatterIsAProblemOnItsLine() {
        assertThat(problem("---\ntitle: \"open\n---\n")).startsWith("x.md:2:").contains("error");
        assertThat(problem("+++\ntitle = \n+++\n")).startsWith("x.md:2:").contains("not valid TOML");
        assertThat(problem("---\ntitle: never closed\n")).isEqualTo("x.md:1:1: error: the front matter that starts "
                + "here has no closing --- line");
    }

    private static OldDocument read(String text) {
        return ((OldDocument.Read) OldDocument.split(text, "x.md")).document();
    }

    private static String problem(String text) {
        return ((OldDocument.Unreadable) OldDocument.split(text, "x.md")).problem().format();
    }
}
