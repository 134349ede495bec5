package dev.byline.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String FILE = "content/articles/x.md";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<String> decode(byte[] bytes) {
        return TextDecoder.decode(bytes, FILE, diagnostics);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void plainUtf8IsReturnedUnchanged() {
        assertThat(decode(utf8("Café — Russia’s war\n"))).contains("Café — Russia’s war\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void byteOrderMarkIsStripped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThat(decode(concat(bom, utf8("---\ntitle: A\n")))).contains("---\ntitle: A\n");
    }

    @Test
    void windowsLineEndingsBecomeNewlines() {
        assertThat(decode(utf8("a\r\nb\r\n\r\nc"))).contains("a\nb\n\nc");
    }

    @Test
    void oldMacLineEndingsBecomeNewlines() {
        assertThat(decode(utf8("a\rb\r\rc"))).contains("a\nb\n\nc");
    }

    @Test
    void mixedLineEndingsAreAllNormalised() {
        assertThat(decode(utf8("a\r\nb\rc\nd"))).contains("a\nb\nc\nd");
    }

    @Test
    void emptyInputDecodesToEmptyText() {
        assertThat(decode(new byte[0])).contains("");
    }

    @Test
    void theReplacementCharacterWrittenInTheFileIsText() {
        assertThat(decode(utf8("a \uFFFD b\r\n"))).contains("a \uFFFD b\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void anEncodedSurrogateOrOverlongFormIsNotUtf8() {
        assertThat(decode(concat(utf8("a"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))).isEmpty();
        assertThat(decode(concat(utf8("b"), new byte[] {(byte) 0xC0, (byte) 0xAF}))).isEmpty();
        assertThat(diagnostics.sorted()).hasSize(2)
                .allSatisfy(error -> assertThat(error.message()).contains("not UTF-8"));
    }

    @Test
    void invalidByteIsReportedWithItsLineAndColumn() {
        // line 3, after "ab": the bad byte is the third character of the line
        byte[] bytes = concat(utf8("first\nsecond\nab"), new byte[] {(byte) 0xFF}, utf8("cd\n"));

        assertThat(decode(bytes)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.column()).isEqualTo(3);
            assertThat(error.message()).contains("not UTF-8", "0xFF");
        });
    }

    @Test
    void latin1TextIsReportedOnItsFirstBadByte() {
        // "Café" saved as Latin-1: é is the single byte 0xE9, at line 1 column 4
        byte[] bytes = concat(utf8("Caf"), new byte[] {(byte) 0xE9}, utf8(" Society\n"));

        assertThat(decode(bytes)).isEmpty();
        Diagnostic error = diagnostics.sorted().get(0);
        assertThat(error.format()).startsWith(FILE + ":1:4: error: not UTF-8 text (byte 0xE9)");
    }

    @Test
    void columnCountsCharactersNotBytesBeforeTheBadByte() {
        // "é" is two bytes but one column; the bad byte is the third character on line 2
        byte[] bytes = concat(utf8("x\néé"), new byte[] {(byte) 0xC3, (byte) 0x28});

        assertThat(decode(bytes)).isEmpty();
        Diagnostic error = diagnostics.sorted().get(0);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(3);
        assertThat(error.message()).contains("0xC3");
    }

    @Test
    void invalidByteInAFileWithOldMacLineEndingsIsReportedOnItsLine() {
        byte[] bytes = concat(utf8("first\rsecond\rab"), new byte[] {(byte) 0xFF});

        assertThat(decode(bytes)).isEmpty();
        Diagnostic error = diagnostics.sorted().get(0);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(3);
    }

    @Test
    void byteOrderMarkDoesNotCountAsAColumn() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = concat(bom, utf8("Caf"), new byte[] {(byte) 0xE9});

        assertThat(decode(bytes)).isEmpty();
        Diagnostic error = diagnostics.sorted().get(0);
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(4);
    }
}
