package dev.byline.content;

/**
 * The chars of one text at a time, copied into an array kept for the next: a loop over an array is much cheaper
 * than {@link String#charAt} in the code a cold build mostly runs (C1), which checks the index and, for text with
 * characters beyond Latin-1 (curly quotes, dashes), puts two bytes together on every call. Not thread-safe: one per
 * visitor of a document.
 */
final class ReusedChars {

    private char[] chars = new char[256];

    /** The array, holding {@code text}'s chars from index 0 to {@code text.length()}. */
    char[] of(String text) {
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), 2 * chars.length)];
        }
        text.getChars(0, text.length(), chars, 0);
        return chars;
    }
}
