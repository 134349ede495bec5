package dev.byline.content;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Position;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first raw HTML in an article's Markdown (an {@code <iframe>} embed, an {@code <img>}, a {@code <br>}) when
 * the site escapes raw HTML: readers would see the markup as text, so the writer is told once per file.
 *
 * @param tag    the element as the message names it: {@code <iframe>}, {@code <!-- -->}
 * @param line   1-based line within the body (add the body's first line for the file's line)
 * @param column 1-based column
 */
public record RawHtml(String tag, int line, int column) {

    private static final Pattern ONE_COMMENT = Pattern.compile("\\s*<!--(?:(?!-->).)*-->\\s*", Pattern.DOTALL);
    private static final Pattern ELEMENT = Pattern.compile("^<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)");

    /**
     * Whether the raw HTML is one comment and nothing else ({@code <!-- a note to the editor -->}): invisible in
     * HTML, so a site that shows raw HTML as text leaves it out rather than printing it.
     */
    static boolean isComment(String literal) {
        return ONE_COMMENT.matcher(literal).matches();
    }

    /** The raw HTML that starts with {@code literal}, at a place in the body. */
    static RawHtml of(String literal, int line, int column) {
        String text = literal.strip();
        Matcher element = ELEMENT.matcher(text);
        String tag = element.find() ? "<" + element.group(1).toLowerCase(java.util.Locale.ROOT) + ">"
                : text.startsWith("<!--") ? "<!-- -->" : text.lines().findFirst().orElse(text);
        return new RawHtml(tag, line, column);
    }

    /** The warning at its line of the file, whose Markdown body starts on {@code bodyStartLine}. */
    public Diagnostic warningIn(String file, int bodyStartLine) {
        return new Position(file, bodyStartLine + line - 1, column).warning("raw HTML (" + tag + ") is shown as "
                + "text; set allowRawHtml: true in site.yaml if your writers are trusted, or remove it");
    }
}
