package dev.byline.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controlCharactersAndBidiOverridesAreWrittenAsEscapes() {
        assertThat(SafeText.of("bad\u0007name\u001b[31m.md")).isEqualTo("bad\\u0007name\\u001b[31m.md");
        assertThat(SafeText.of("a\tb\r\nc\u007fd\u0085e\u009bf")).isEqualTo("a\\u0009b\\u000d\\u000ac\\u007fd\\u0085e\\u009bf");
        assertThat(SafeText.of("invoice\u202Efdp.exe \u2066x\u2069")).isEqualTo("invoice\\u202efdp.exe \\u2066x\\u2069");
    }

    @Test
    void printableTextIsLeftAsItIsAndEscapingTwiceChangesNothing() {
        assertThat(SafeText.of("content/articles/café – “quoted” \\ back.md"))
                .isEqualTo("content/articles/café – “quoted” \\ back.md");
        String once = SafeText.of("x\u001by");
        assertThat(SafeText.of(once)).isEqualTo(once);
    }

    @Test
    void diagnosticsShowFileNamesAndMessagesEscaped() {
        Diagnostic diagnostic = Diagnostic.error("content/articles/bad\u001b[31m.md", 2, 1,
                "link to \"x\u202Ey.html\" is broken");

        assertThat(diagnostic.format()).isEqualTo(
                "content/articles/bad\\u001b[31m.md:2:1: error: link to \"x\\u202ey.html\" is broken");
    }
}
