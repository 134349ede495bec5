package dev.byline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Hash64Test {

    /** The values a cache written by an earlier build holds: a hash that changed would make every page look stale. */
    @Test
    void textsHashToTheSameValuesInEveryRun() {
        assertThat(Hash64.of("")).isEqualTo(-5808567868270191730L);
        assertThat(Hash64.of("Byline")).isEqualTo(-8556686143825992995L);
        assertThat(Hash64.of("articles/".repeat(14) + "x.md")).isEqualTo(4247538566305256157L);
        assertThat(Hash64.of("Café “society” ".repeat(100) + "\uD83D\uDE00")).isEqualTo(309847239010265491L);
    }

    @Test
    void everyCharacterOfALongTextCounts() {
        String text = "a".repeat(5000);
        for (int at : new int[] {0, 511, 512, 1023, 4999}) {
            String changed = text.substring(0, at) + "b" + text.substring(at + 1);
            assertThat(Hash64.of(changed)).as("changed at %d", at).isNotEqualTo(Hash64.of(text));
        }
    }

    @Test
    void everyByteCountsAndByteAndTextPartsAreSeparated() {
        byte[] html = "<p>a</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] changed = html.clone();
        changed[3] = 'b';
        assertThat(Hash64.of(changed)).isNotEqualTo(Hash64.of(html));
        assertThat(new Hash64().add(new byte[] {'a', 'b'}).add(new byte[] {'c'}).value())
                .isNotEqualTo(new Hash64().add(new byte[] {'a'}).add(new byte[] {'b', 'c'}).value());
    }

    @Test
    void partsAreSeparated() {
        assertThat(new Hash64().add("ab").add("c").value()).isNotEqualTo(new Hash64().add("a").add("bc").value());
    }
}
