package dev.byline.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Markdown nested too deeply to render, before commonmark sees it: lists inside lists (each item indented a
 * little more than the one above) or quotes inside quotes ({@code > > > ...}). commonmark's work grows with the square
 * of the depth (2,000 nested list items took 40 s of CPU) and its renderer recurses, so a pasted or generated file
 * could stall a build; no article needs more than a handful of levels. Lines inside fenced code are not Markdown.
 */
final class MarkdownNesting {

    /** Levels of lists or quotes allowed; real writing stays under ten. */
    static final int MAX_DEPTH = 100;

    private static final Pattern LIST_ITEM = Pattern.compile("^( *)([-*+]|\\d{1,9}[.)])( +|$)");
    private static final Pattern QUOTES = Pattern.compile("^ {0,3}((?:> ?)+)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private MarkdownNesting() {
    }

    /** The 1-based line, within {@code markdown}, where nesting first goes past {@link #MAX_DEPTH}, if it does. */
    static OptionalInt tooDeepAt(String markdown) {
        Deque<Integer> listIndents = new ArrayDeque<>();
        String fence = null;
        int lineNumber = 0;
        for (int start = 0; start <= markdown.length(); start = nextLine(markdown, start)) {
            lineNumber++;
            if (start == markdown.length() || markdown.charAt(start) == '\n') {
                continue; // blank
            }
            if (isProse(markdown.charAt(start))) {
                if (fence == null) {
                    listIndents.clear(); // a paragraph at the margin ends every list
                }
                continue;
            }
            String expanded = markdown.substring(start, lineEnd(markdown, start)).replace("\t", "    ");
            Matcher fenceMark = FENCE.matcher(expanded);
            if (fenceMark.find()) {
                String mark = fenceMark.group(1);
                if (fence == null) {
                    fence = mark;
                } else if (mark.charAt(0) == fence.charAt(0) && mark.length() >= fence.length()) {
                    fence = null;
                }
                continue;
            }
            if (fence != null) {
                continue;
            }
            Matcher quotes = QUOTES.matcher(expanded);
            if (quotes.find() && quotes.group(1).chars().filter(c -> c == '>').count() > MAX_DEPTH) {
                return OptionalInt.of(lineNumber);
            }
            Matcher item = LIST_ITEM.matcher(expanded);
            if (item.find()) {
                int indent = item.group(1).length();
                while (!listIndents.isEmpty() && listIndents.peek() >= indent) {
                    listIndents.pop();
                }
                listIndents.push(indent);
                if (listIndents.size() > MAX_DEPTH) {
                    return OptionalInt.of(lineNumber);
                }
            } else if (expanded.isBlank()) {
                continue;
            } else if (!expanded.startsWith(" ")) {
                listIndents.clear(); // a paragraph at the margin ends every list
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether a line that starts with {@code c} is text at the margin: no fence, quote, list item or indent, and
     * not blank. Most lines are, and need none of the patterns.
     */
    private static boolean isProse(char c) {
        return "`~>-*+ \t".indexOf(c) < 0 && !(c >= '0' && c <= '9') && !Character.isWhitespace(c);
    }

    private static int lineEnd(String markdown, int start) {
        int end = markdown.indexOf('\n', start);
        return end < 0 ? markdown.length() : end;
    }

    /** Where the line after the one at {@code start} starts; past the end after the last line. */
    private static int nextLine(String markdown, int start) {
        return lineEnd(markdown, start) + 1;
    }
}
