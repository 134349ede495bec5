package dev.byline.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostics;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** What Byline writes as YAML reads back as the same text, in a value of its own and in a list. */
class YamlScalarsTest {

    private static String readBack(String scalar) {
        Diagnostics diagnostics = new Diagnostics();
        YamlMap map = YamlReader.readMapping("value: " + scalar + "\n", "x.yaml", 0, diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        return map.text("value").orElseThrow().value();
    }

    private static List<String> readBackList(String first, String second) {
        Diagnostics diagnostics = new Diagnostics();
        YamlMap map = YamlReader.readMapping("tags: [" + first + ", " + second + "]\n", "x.yaml", 0, diagnostics)
                .orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        return map.textList("tags", "[a, b]").orElseThrow().stream().map(Located::value).toList();
    }

    @Property(tries = 500)
    void anyTextQuotedReadsBackUnchanged(@ForAll String text) {
        Assume.that(isWellFormed(text));

        assertThat(readBack(YamlScalars.quoted(text))).isEqualTo(text);
    }

    @Property(tries = 500)
    void anyTextPlainOrQuotedReadsBackUnchangedAloneAndInAList(@ForAll String text, @ForAll String other) {
        Assume.that(isWellFormed(text) && isWellFormed(other));

        assertThat(readBack(YamlScalars.plainOrQuoted(text))).isEqualTo(text);
        assertThat(readBackList(YamlScalars.plainOrQuoted(text), YamlScalars.plainOrQuoted(other)))
                .containsExactly(text, other);
    }

    @Example
    void headlinesWithColonsQuotesAndHashesAreQuotedAndEscaped() {
        assertThat(YamlScalars.quoted("He said: \"No\" # really\\")).isEqualTo("\"He said: \\\"No\\\" # really\\\\\"");
        assertThat(YamlScalars.plainOrQuoted("Why: because")).isEqualTo("\"Why: because\"");
    }

    @Example
    void wordsAndSlugsStayPlainButWordsYamlReadsAsNothingAreQuoted() {
        assertThat(YamlScalars.plainOrQuoted("transport")).isEqualTo("transport");
        assertThat(YamlScalars.plainOrQuoted("jane-doe")).isEqualTo("jane-doe");
        assertThat(YamlScalars.plainOrQuoted("America/New_York")).isEqualTo("America/New_York");
        assertThat(YamlScalars.plainOrQuoted("null")).isEqualTo("\"null\"");
        assertThat(YamlScalars.plainOrQuoted("Null")).isEqualTo("\"Null\"");
        assertThat(YamlScalars.plainOrQuoted("")).isEqualTo("\"\"");
        assertThat(readBack(YamlScalars.plainOrQuoted("true"))).isEqualTo("true");
    }

    @Example
    void lineBreaksAndControlCharactersAreEscapedSoTheValueStaysOnOneLine() {
        String text = "one\ntwo\u2028three\u0007\u0000\u0085\uFEFF\uFFFE";
        String quoted = YamlScalars.quoted(text);

        assertThat(quoted).doesNotContain("\n", "\u2028", "\u0007").contains("\\n", "\\u2028", "\\u0007");
        assertThat(readBack(quoted)).isEqualTo(text);
    }

    /** Text with no half of a surrogate pair alone: what a command line or a file can hold. */
    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
