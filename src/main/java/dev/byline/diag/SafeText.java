package dev.byline.diag;

/**
 * Text from the user's files (a file's name, a quoted value) made safe to print: control characters and the
 * invisible bidirectional overrides are written as {@code \u001b} escapes. Raw, they would drive the terminal a
 * message is printed to (an ESC sequence colours it or moves the cursor; a carriage return overwrites the line) or
 * show a name reversed. Backslashes stay as they are, so escaping twice changes nothing.
 */
public final class SafeText {

    private SafeText() {
    }

    public static String of(String text) {
        if (text == null || text.chars().noneMatch(SafeText::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (unsafe(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    /** C0 controls (tab and line breaks too), DEL, C1 controls, and the bidirectional embeddings and isolates. */
    private static boolean unsafe(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
