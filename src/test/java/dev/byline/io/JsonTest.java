package dev.byline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(Json.write("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    }

    @Test
    void newlineReturnAndTabUseTheirShortEscapes() {
        assertThat(Json.write("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
    }

    @Test
    void otherControlCharactersUseUnicodeEscapes() {
        assertThat(Json.write("\u0000\u0001\b\f\u001f")).isEqualTo("\"\\u0000\\u0001\\u0008\\u000c\\u001f\"");
    }

    @Test
    void angleBracketsAndAmpersandAreUnicodeEscaped() {
        assertThat(Json.write("<b> & </b>")).isEqualTo("\"\\u003cb\\u003e \\u0026 \\u003c/b\\u003e\"");
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        assertThat(Json.write("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
    }

    @Test
    void outputCannotCloseAScriptElementOrOpenAComment() {
        String json = Json.write(Json.object("headline", "</script><script>alert(1)</script> <!-- -->"));

        assertThat(json).doesNotContain("</script><script>alert(1)</script>")
                .doesNotContain("<")
                .doesNotContain(">")
                .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
    }

    @Test
    void nonAsciiTextAndSurrogatePairsPassThrough() {
        assertThat(Json.write("Café — “quoted” 😀")).isEqualTo("\"Café — “quoted” 😀\"");
    }

    @Test
    void objectKeepsMembersInTheOrderGiven() {
        Map<String, Object> object = Json.object("zebra", 1, "apple", 2, "mango", 3);

        assertThat(object.keySet()).containsExactly("zebra", "apple", "mango");
        assertThat(Json.write(object)).isEqualTo("{\"zebra\":1,\"apple\":2,\"mango\":3}");
    }

    @Test
    void membersAddedLaterComeAfterTheFirstOnes() {
        Map<String, Object> object = Json.object("@type", "Person");
        object.put("name", "Ada");

        assertThat(Json.write(object)).isEqualTo("{\"@type\":\"Person\",\"name\":\"Ada\"}");
    }

    @Test
    void nullMembersAreLeftOutWhereverTheyAre() {
        assertThat(Json.write(Json.object("a", null, "b", 1, "c", null, "d", 2, "e", null)))
                .isEqualTo("{\"b\":1,\"d\":2}");
    }

    @Test
    void objectWithOnlyNullMembersIsEmpty() {
        assertThat(Json.write(Json.object("a", null))).isEqualTo("{}");
        assertThat(Json.write(Json.object())).isEqualTo("{}");
    }

    @Test
    void keysAreEscapedLikeValues() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("a\"<b>", "x");

        assertThat(Json.write(object)).isEqualTo("{\"a\\\"\\u003cb\\u003e\":\"x\"}");
    }

    @Test
    void nestedListsAndMapsAreWritten() {
        Object value = Json.object(
                "list", List.of(1, List.of("x", List.of()), Json.object("k", true)),
                "map", Json.object("inner", Json.object("deep", "y")));

        assertThat(Json.write(value))
                .isEqualTo("{\"list\":[1,[\"x\",[]],{\"k\":true}],\"map\":{\"inner\":{\"deep\":\"y\"}}}");
    }

    @Test
    void emptyListIsWritten() {
        assertThat(Json.write(List.of())).isEqualTo("[]");
    }

    @Test
    void numbersAreWrittenAsIs() {
        assertThat(Json.write(42)).isEqualTo("42");
        assertThat(Json.write(-7L)).isEqualTo("-7");
        assertThat(Json.write(2.5)).isEqualTo("2.5");
        assertThat(Json.write(List.of(0, 1_000_000))).isEqualTo("[0,1000000]");
    }

    @Test
    void booleansAreWrittenAsLiterals() {
        assertThat(Json.write(Json.object("yes", true, "no", false))).isEqualTo("{\"yes\":true,\"no\":false}");
    }

    @Test
    void valuesThatAreNotJsonAreRefused() {
        assertThatThrownBy(() -> Json.write(Json.object("when", new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON value");
    }
}
