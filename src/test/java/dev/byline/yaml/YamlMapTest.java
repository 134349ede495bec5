package dev.byline.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlMapTest {

    private static final String FILE = "content/articles/x.md";
    private static final List<String> KNOWN = List.of("title", "date", "author", "tags", "draft", "image");

    private final Diagnostics diagnostics = new Diagnostics();

    private YamlMap read(String yaml) {
        return YamlReader.readMapping(yaml, FILE, 0, diagnostics).orElseThrow();
    }

    private Diagnostic onlyDiagnostic() {
        assertThat(diagnostics.sorted()).hasSize(1);
        return diagnostics.sorted().get(0);
    }

    @Test
    void textIsReadWithTheValuePosition() {
        YamlMap map = read("date: 2025-08-15\ntitle: \"Not Instant Peace\"\n");

        Located<String> title = map.text("title").orElseThrow();
        assertThat(title.value()).isEqualTo("Not Instant Peace");
        assertThat(title.position()).isEqualTo(new Position(FILE, 2, 8));
    }

    @Test
    void numbersAndBooleansCountAsText() {
        YamlMap map = read("title: 1984\ndescription: true\n");

        assertThat(map.text("title").orElseThrow().value()).isEqualTo("1984");
        assertThat(map.text("description").orElseThrow().value()).isEqualTo("true");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void titleAsAListIsAnError() {
        YamlMap map = read("title:\n  - A\n  - B\n");

        assertThat(map.text("title")).isEmpty();
        Diagnostic error = onlyDiagnostic();
        assertThat(error.isError()).isTrue();
        assertThat(error.message()).isEqualTo("title must be text, found a list");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(3);
    }

    @Test
    void dateAsAMappingIsAnError() {
        YamlMap map = read("date:\n  year: 2025\n");

        assertThat(map.requiredText("date", "date: 2025-08-15")).isEmpty();
        assertThat(onlyDiagnostic().message()).isEqualTo("date must be text, found a mapping (key: value lines)");
    }

    @Test
    void tagsAsANumberIsAnError() {
        YamlMap map = read("tags: 42\n");

        assertThat(map.textList("tags", "[diplomacy, ukraine]")).isEmpty();
        Diagnostic error = onlyDiagnostic();
        assertThat(error.message()).isEqualTo("tags must be a list such as [diplomacy, ukraine], found a number");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(7);
    }

    @Test
    void aListItemThatIsNotTextIsAnError() {
        YamlMap map = read("tags: [ok, [nested]]\n");

        assertThat(map.textList("tags", "[a, b]")).isEmpty();
        assertThat(onlyDiagnostic().message()).isEqualTo("tags must be a list of words such as [a, b], found a list");
    }

    @Test
    void textListKeepsEachItemsPosition() {
        YamlMap map = read("tags:\n  - diplomacy\n  - ukraine\n");

        List<Located<String>> tags = map.textList("tags", "[a]").orElseThrow();
        assertThat(tags).extracting(Located::value).containsExactly("diplomacy", "ukraine");
        assertThat(tags).extracting(tag -> tag.position().line()).containsExactly(2, 3);
    }

    @Test
    void boolRejectsText() {
        YamlMap map = read("draft: maybe\n");

        assertThat(map.bool("draft")).isEmpty();
        assertThat(onlyDiagnostic().message()).isEqualTo("draft must be true or false, found text");
    }

    @Test
    void integerRejectsTextAndFloats() {
        YamlMap map = read("paginate: ten\nother: 2.5\n");

        assertThat(map.integer("paginate")).isEmpty();
        assertThat(map.integer("other")).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "paginate must be a whole number, found text", "other must be a whole number, found a number");
    }

    @Test
    void integerIsReadWithItsPosition() {
        Located<Long> value = read("paginate: 12\n").integer("paginate").orElseThrow();

        assertThat(value.value()).isEqualTo(12L);
        assertThat(value.position()).isEqualTo(new Position(FILE, 1, 11));
    }

    @Test
    void mappingRejectsText() {
        YamlMap map = read("image: cover.jpg\n");

        assertThat(map.mapping("image")).isEmpty();
        assertThat(onlyDiagnostic().message())
                .isEqualTo("image must be a mapping (indented key: value lines), found text");
    }

    @Test
    void missingRequiredTextIsReportedAtTheMappingWithAnExample() {
        YamlMap map = read("date: 2025-08-15\n");

        assertThat(map.requiredText("title", "title: \"A headline\"")).isEmpty();
        Diagnostic error = onlyDiagnostic();
        assertThat(error.isError()).isTrue();
        assertThat(error.message()).isEqualTo("missing title; add a line such as title: \"A headline\"");
        assertThat(error.line()).isEqualTo(1);
    }

    @Test
    void emptyRequiredTextIsReportedAtTheValue() {
        YamlMap map = read("date: 2025-08-15\ntitle:\n");

        assertThat(map.requiredText("title", "title: \"A headline\"")).isEmpty();
        Diagnostic error = onlyDiagnostic();
        assertThat(error.message()).isEqualTo("missing title value; add a line such as title: \"A headline\"");
        assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void absentOptionalValuesAreEmptyWithoutErrors() {
        YamlMap map = read("title: A\ndescription: null\nimage:\n");

        assertThat(map.text("description")).isEmpty();
        assertThat(map.text("nothing")).isEmpty();
        assertThat(map.bool("draft")).isEmpty();
        assertThat(map.integer("paginate")).isEmpty();
        assertThat(map.textList("tags", "[a]")).isEmpty();
        assertThat(map.mapping("image")).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void kindOfTellsTheShapeOfAValue() {
        YamlMap map = read("a: text\nb: [x]\nc: {k: v}\nd:\n");

        assertThat(map.kindOf("a")).isEqualTo(YamlMap.ValueKind.SCALAR);
        assertThat(map.kindOf("b")).isEqualTo(YamlMap.ValueKind.LIST);
        assertThat(map.kindOf("c")).isEqualTo(YamlMap.ValueKind.MAPPING);
        assertThat(map.kindOf("d")).isEqualTo(YamlMap.ValueKind.ABSENT);
        assertThat(map.kindOf("e")).isEqualTo(YamlMap.ValueKind.ABSENT);
    }

    @Test
    void unknownKeyIsAWarningWithASuggestion() {
        YamlMap map = read("date: 2025-08-15\ntitel: A\n");

        map.warnUnknownKeys(KNOWN);

        Diagnostic warning = onlyDiagnostic();
        assertThat(warning.isError()).isFalse();
        assertThat(warning.format()).isEqualTo(FILE + ":2:1: warning: titel: unknown key, did you mean title?");
    }

    @Test
    void unknownKeyFarFromAnyKnownOneListsTheKnownKeys() {
        read("colour: red\n").warnUnknownKeys(KNOWN);

        assertThat(onlyDiagnostic().message())
                .isEqualTo("colour: unknown key (known keys: title, date, author, tags, draft, image)");
    }

    @Test
    void knownKeysRaiseNoWarning() {
        read("title: A\ndate: 2025-08-15\n").warnUnknownKeys(KNOWN);

        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void nestedMappingKeepsFileAndOffset() {
        YamlMap map = YamlReader.readMapping("image:\n  src: /a.jpg\n  alt: A cup\n", FILE, 1, diagnostics)
                .orElseThrow();

        YamlMap image = map.mapping("image").orElseThrow();
        assertThat(image.text("alt").orElseThrow().position()).isEqualTo(new Position(FILE, 4, 8));
    }
}
