package dev.byline.importer;

import java.time.Instant;
import java.util.List;

/** Posts for tests, made from a file's text as a reader would find it. */
public final class TestPosts {

    private TestPosts() {
    }

    /**
     * @param text     the file's whole text, front matter included
     * @param fileDate the date in its file name, or empty
     * @param name     its name without that date and the extension
     * @param sections its folders that addresses use
     */
    public static OldPost post(String text, String fileDate, String name, List<String> sections) {
        OldDocument.Split split = OldDocument.split(text, "post.md");
        if (!(split instanceof OldDocument.Read read)) {
            throw new AssertionError("unreadable: " + split);
        }
        return new OldPost("post.md", read.document(), fileDate, name, sections, null, false, Instant.EPOCH);
    }
}
