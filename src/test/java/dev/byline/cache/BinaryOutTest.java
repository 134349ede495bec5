package dev.byline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinaryOutTest {

    private static String readBack(BinaryOut out) {
        return new BinaryIn(out.toByteArray(), 0, out.size()).readString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII", "café, naïve", "“curly” — dashes …", "emoji \uD83D\uDE00 pair",
            "\uD83D\uDE00", "mixed é “ \uD83C\uDF0D ~"})
    void textWithoutLoneSurrogatesIsWrittenAsItsUtf8(String text) {
        BinaryOut out = new BinaryOut();
        out.writeString(text);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(out.toByteArray()).isEqualTo(ByteBuffer.allocate(4 + utf8.length).putInt(utf8.length).put(utf8)
                .array());
        assertThat(readBack(out)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D", "end \uD83D", "\uDE00 start", "high \uD83D then text", "é\uDE00\uD83D“"})
    void textWithALoneSurrogateReadsBackEqual(String text) {
        BinaryOut out = new BinaryOut();
        out.writeString("before");
        out.writeString(text);
        out.writeString("after");
        BinaryIn in = new BinaryIn(out.toByteArray(), 0, out.size());
        assertThat(in.readString()).isEqualTo("before");
        assertThat(in.readString()).isEqualTo(text);
        assertThat(in.readString()).isEqualTo("after");
        assertThat(in.atEnd()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 5000})
    void aStringLongerThanTheBuffersReadsBackEqual(int repeats) {
        String text = "“long” é ".repeat(repeats);
        BinaryOut out = new BinaryOut();
        out.writeString(text);
        assertThat(readBack(out)).isEqualTo(text);
    }

    @Test
    void aDrainingBufferHandsOverTheSameBytesAPlainOneHolds() {
        BinaryOut plain = new BinaryOut();
        java.io.ByteArrayOutputStream drained = new java.io.ByteArrayOutputStream();
        BinaryOut draining = BinaryOut.drainingTo(drained::write);
        for (int i = 0; i < 3000; i++) { // strings, numbers and raw parts across many drains
            for (BinaryOut out : new BinaryOut[] {plain, draining}) {
                out.writeString("“Article” " + i + " ".repeat(i % 97) + (i % 500 == 0 ? "x".repeat(70_000) : ""));
                out.writeInt(i);
                out.writeLong(-i);
                out.writeRaw(new byte[] {1, 2, 3}, 0, 3);
                out.writeString(i % 7 == 0 ? "lone \uD800" : null);
            }
        }
        draining.drain();

        assertThat(drained.toByteArray()).isEqualTo(plain.toByteArray());
    }
}
