package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import java.util.Optional;

/**
 * Splits an article into its YAML front matter and Markdown body. The front matter sits between a first line
 * {@code ---} and the next line that is {@code ---} (or {@code ...}, YAML's own end marker). Blank lines and a
 * byte-order mark before the first fence are skipped: editors and other generators leave them, and they are no
 * reason to call the front matter missing.
 */
public final class FrontMatterSplitter {

    /** How an article starts, for the messages about a file that does not. */
    static final String ARTICLE_OPENING = "an article starts with \"---\", then lines such as \"title: ...\", "
            + "\"date: 2025-08-15\" and \"author: ...\", then \"---\"";

    private FrontMatterSplitter() {
    }

    /**
     * @param openingLine   the file's line number of the opening fence (1 unless blank lines come before it)
     * @param yaml          the front matter text, without its fences
     * @param body          the Markdown after the closing fence
     * @param bodyStartLine the file's line number where the body starts
     */
    public record Split(int openingLine, String yaml, String body, int bodyStartLine) {
    }

    /** Splits an article. @param text the file's text with {@code \n} line endings */
    public static Optional<Split> split(String text, String file, Diagnostics diagnostics) {
        return split(text, file, ARTICLE_OPENING, diagnostics);
    }

    /**
     * @param text    the file's text with {@code \n} line endings
     * @param opening how a file of its kind starts, for the messages: "a page starts with ..."
     */
    public static Optional<Split> split(String text, String file, String opening, Diagnostics diagnostics) {
        if (isBlank(text, 0, text.length())) {
            diagnostics.add(new Position(file, 1, 1).error("the file is empty; " + opening));
            return Optional.empty();
        }
        int openingLine = 1;
        int openingStart = 0;
        while (isBlank(text, openingStart, lineEnd(text, openingStart))) {
            openingStart = lineEnd(text, openingStart) + 1; // not past the end: the text is not blank
            openingLine++;
        }
        int firstEnd = lineEnd(text, openingStart);
        if (!isFence(text.substring(openingStart, firstEnd).replace("\uFEFF", ""), "---")) {
            diagnostics.add(new Position(file, openingLine, 1).error("missing front matter; " + opening));
            return Optional.empty();
        }
        int line = openingLine + 1;
        int start = Math.min(firstEnd + 1, text.length());
        for (int lineStart = start; lineStart < text.length(); line++) {
            int end = lineEnd(text, lineStart);
            String current = text.substring(lineStart, end);
            if (isFence(current, "---") || isFence(current, "...")) {
                String yaml = text.substring(start, lineStart);
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return Optional.of(new Split(openingLine, yaml, body, line + 1));
            }
            lineStart = end + 1;
        }
        diagnostics.add(new Position(file, openingLine, 1).error("front matter is not closed; add a line \"---\" "
                + "after its last field, before the article's text"));
        return Optional.empty();
    }

    /** Whether the text from {@code start} to {@code end} is only white space and byte-order marks. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean isFence(String line, String fence) {
        return line.stripTrailing().equals(fence);
    }
}
