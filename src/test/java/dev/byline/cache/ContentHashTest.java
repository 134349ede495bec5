package dev.byline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    private static byte[] hash(String text) {
        return ContentHash.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameBytesHashTheSame() {
        assertThat(hash("---\ntitle: A\n---\nText.")).isEqualTo(hash("---\ntitle: A\n---\nText."));
    }

    @Test
    void oneChangedCharacterChangesTheHash() {
        assertThat(hash("---\ntitle: A\n---\nText.")).isNotEqualTo(hash("---\ntitle: B\n---\nText."));
    }

    @Test
    void bytesSwappedOrAddedChangeTheHash() {
        assertThat(hash("ab")).isNotEqualTo(hash("ba"));
        assertThat(hash("text")).isNotEqualTo(hash("text\0"));
    }

    @Test
    void aFileThatCannotBeReadHashesToNothingThatMatches(@TempDir Path temp) {
        assertThat(ContentHash.of(temp.resolve("missing.md"))).isEmpty();
        assertThat(hash("")).hasSize(ContentHash.LENGTH);
    }
}
