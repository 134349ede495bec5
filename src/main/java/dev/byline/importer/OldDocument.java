package dev.byline.importer;

import dev.byline.diag.Diagnostic;
import dev.byline.importer.StructuredText.Syntax;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A post or page as another generator reads it: front matter between {@code ---} lines (YAML), {@code +++} lines
 * (TOML), or a JSON object at the very top, then the body. A file without front matter is all body.
 *
 * @param values      the front matter's values
 * @param frontMatter the front matter's text, for finding the line of a key
 * @param syntax      the front matter's language
 * @param firstLine   the line of the file the front matter's text starts on
 * @param body        the text after the front matter
 * @param bodyLine    the line of the file the body starts on
 * @param unfenced    whether the front matter lacks its opening {@code ---} line, a slip Jekyll forgives
 */
public record OldDocument(OldValues values, String frontMatter, Syntax syntax, int firstLine, String body,
                          int bodyLine, boolean unfenced) {

    /** {@code key: value} lines, then a closing {@code ---} line, at the very top: front matter with no opening. */
    private static final Pattern UNFENCED = Pattern.compile(
            "\\A((?:[A-Za-z_][\\w-]*:[ \\t].*\\r?\\n)+)---[ \\t]*\\r?\\n");

    /** Read, or why it cannot be. */
    public sealed interface Split {
    }

    public record Read(OldDocument document) implements Split {
    }

    public record Unreadable(Diagnostic problem) implements Split {
    }

    public static Split split(String text, String file) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int leadingBlankLines = 0;
        while (content.startsWith("\n") || content.startsWith("\r\n")) {
            content = content.substring(content.indexOf('\n') + 1);
            leadingBlankLines++;
        }
        Optional<Syntax> syntax = fenced(content, "---") ? Optional.of(Syntax.YAML)
                : fenced(content, "+++") ? Optional.of(Syntax.TOML)
                : content.startsWith("{") ? Optional.of(Syntax.JSON) : Optional.empty();
        if (syntax.isEmpty()) {
            return unfenced(text, file);
        }
        int openingLine = leadingBlankLines + 1;
        String fence = syntax.get() == Syntax.TOML ? "+++" : "---";
        int start;
        int end;
        int bodyStart;
        if (syntax.get() == Syntax.JSON) {
            start = 0;
            end = jsonEnd(content);
            if (end < 0) {
                return new Read(bodyOnly(text));
            }
            int lineEnd = content.indexOf('\n', end);
            bodyStart = lineEnd < 0 ? content.length() : lineEnd + 1;
        } else {
            start = content.indexOf('\n') + 1;
            Pattern closing = Pattern.compile("(?m)^" + Pattern.quote(fence) + "[ \\t]*\\r?$");
            var matcher = closing.matcher(content);
            if (start == 0 || !matcher.find(start)) {
                return new Unreadable(Diagnostic.error(file, openingLine, 1, "the front matter that starts here "
                        + "has no closing " + fence + " line"));
            }
            end = matcher.start();
            int lineEnd = content.indexOf('\n', matcher.end());
            bodyStart = lineEnd < 0 ? content.length() : lineEnd + 1;
        }
        String frontMatter = content.substring(start, end);
        int firstLine = syntax.get() == Syntax.JSON ? openingLine : openingLine + 1;
        StructuredText.Read values = StructuredText.read(frontMatter, syntax.get(), file, firstLine - 1);
        if (values instanceof StructuredText.Unreadable unreadable) {
            return new Unreadable(unreadable.problem());
        }
        int bodyLine = openingLine + lines(content.substring(0, bodyStart));
        return new Read(new OldDocument(new OldValues(((StructuredText.Values) values).map()), frontMatter,
                syntax.get(), firstLine, content.substring(bodyStart), bodyLine, false));
    }

    private static OldDocument bodyOnly(String text) {
        return new OldDocument(OldValues.EMPTY, "", Syntax.YAML, 1, text, 1, false);
    }

    /** Front matter without its opening line, when the lines read as YAML; otherwise a body alone. */
    private static Split unfenced(String text, String file) {
        var lines = UNFENCED.matcher(text);
        if (!lines.find()) {
            return new Read(bodyOnly(text));
        }
        StructuredText.Read values = StructuredText.read(lines.group(1), Syntax.YAML, file, 0);
        if (!(values instanceof StructuredText.Values read)) {
            return new Read(bodyOnly(text));
        }
        return new Read(new OldDocument(new OldValues(read.map()), lines.group(1), Syntax.YAML, 1,
                text.substring(lines.end()), 1 + lines(text.substring(0, lines.end())), true));
    }

    /** The line of the file where {@code key} is given at the top of the front matter, or its first line. */
    public int lineOf(String key) {
        String quoted = Pattern.quote(key);
        Pattern given = Pattern.compile(switch (syntax) {
            case YAML -> "^" + quoted + "\\s*:";
            case TOML -> "^\\s*" + quoted + "\\s*=";
            case JSON -> "^\\s*\"" + quoted + "\"\\s*:";
        });
        String[] lines = frontMatter.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (given.matcher(lines[i]).find()) {
                return firstLine + i;
            }
        }
        return firstLine;
    }

    private static boolean fenced(String content, String fence) {
        return content.startsWith(fence) && content.substring(fence.length()).matches("(?s)[ \\t]*\\r?\\n.*");
    }

    /** Where the top-level JSON object ends (after its closing brace), strings and escapes skipped; -1 if never. */
    private static int jsonEnd(String content) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
