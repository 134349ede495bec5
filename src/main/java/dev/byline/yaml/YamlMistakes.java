package dev.byline.yaml;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Plural;
import dev.byline.diag.Position;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The mistakes writers make in YAML, told in their words at the line to fix. SnakeYAML describes what its parser
 * expected ("mapping values are not allowed here", "expected &lt;block end&gt;"), often at a later line than the one
 * that is wrong; with the text at hand the real mistake can be named: a key indented more than the one above it, a
 * value with ": " in it, a {@code [} never closed, a tab, a line indented unlike its neighbours.
 */
final class YamlMistakes {

    /** {@code key: value} at the start of a line (after any indentation or {@code - }). */
    private static final Pattern KEY_AND_VALUE = Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s:#\"'][^:#]*?):\\s+(.*)$");

    private final String[] lines;
    private final String file;
    private final int lineOffset;

    /**
     * @param text       the YAML text that failed to parse
     * @param lineOffset how many lines of the file come before the text
     */
    YamlMistakes(String text, String file, int lineOffset) {
        this.lines = text.split("\n", -1);
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /** The mistake behind SnakeYAML's complaint, in plain words, or SnakeYAML's own words with a hint. */
    Diagnostic explain(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        Optional<Mark> at = e.getProblemMark();
        Optional<Mark> context = e.getContextMark();
        Optional<Diagnostic> plain = Optional.empty();
        if (at.isPresent() && problem.startsWith("mapping values are not allowed")) {
            plain = colonInValue(at.get()).or(() -> overIndentedKey(at.get()));
        } else if (at.isPresent() && context.isPresent() && problem.matches("expected ',' or '[]}]'.*")) {
            plain = unclosedBracket(at.get(), context.get(), problem.contains("']'") ? ']' : '}');
        } else if (at.isPresent() && problem.contains("'\\t(TAB)'")) {
            plain = Optional.of(tab(at.get()));
        } else if (at.isPresent() && problem.matches("expected <block end>, but found '(<block .*|\\?|-)'")) {
            plain = Optional.of(unevenIndent(at.get()));
        }
        return plain.orElseGet(() -> position(e.getProblemMark().or(e::getContextMark))
                .error(YamlReader.describe(e)));
    }

    /** {@code title: Peace: not yet}: the second ": " is on the same line as the key. */
    private Optional<Diagnostic> colonInValue(Mark colon) {
        Matcher entry = KEY_AND_VALUE.matcher(line(colon));
        if (!entry.matches() || entry.start(3) > colon.getColumn()) {
            return Optional.empty();
        }
        String key = entry.group(2).strip();
        String value = entry.group(3).strip();
        return Optional.of(at(colon.getLine(), entry.start(3)).error("the value of " + key + " contains \": \", "
                + "which YAML reads as the start of another key; put the whole value in quotes: " + key + ": \""
                + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
    }

    /**
     * {@code date: 2026-12-01} then {@code   author: jane-doe}: indented more, the second line reads as more of
     * the first one's value, until its ": ".
     */
    private Optional<Diagnostic> overIndentedKey(Mark colon) {
        Matcher entry = KEY_AND_VALUE.matcher(line(colon));
        Optional<Integer> above = lineAbove(colon.getLine());
        if (!entry.matches() || above.isEmpty() || indent(lines[above.get()]) >= indent(line(colon))) {
            return Optional.empty();
        }
        Matcher parent = KEY_AND_VALUE.matcher(lines[above.get()]);
        String key = entry.group(2).strip();
        String aboveKey = parent.matches() ? parent.group(2).strip() + ":" : "the line above";
        int column = entry.end(1);
        return Optional.of(at(colon.getLine(), column).error(key + ": is indented more than " + aboveKey
                + " on line " + fileLine(above.get()) + ", so YAML reads it as part of that value; start " + key
                + ": in the same column as " + aboveKey + " (column " + (indent(lines[above.get()]) + 1) + ")"));
    }

    /** {@code tags: [community, media} with no {@code ]}: SnakeYAML notices only on a later line. */
    private Optional<Diagnostic> unclosedBracket(Mark at, Mark opening, char closing) {
        if (at.getLine() == opening.getLine()) {
            return Optional.empty(); // closed later on its own line, but something inside is wrong
        }
        String written = line(opening).stripTrailing();
        String kind = closing == ']' ? "list" : "mapping";
        return Optional.of(at(opening.getLine(), opening.getColumn()).error("this " + kind + "'s "
                + (closing == ']' ? "[" : "{") + " is never closed; end it with " + closing + " on the same line: "
                + written.strip() + closing));
    }

    private Diagnostic tab(Mark tab) {
        boolean indenting = line(tab).substring(0, Math.min(tab.getColumn(), line(tab).length())).isBlank();
        return at(tab.getLine(), tab.getColumn()).error(indenting
                ? "YAML does not allow tabs for indenting; indent this line with spaces"
                : "YAML does not allow a tab here; use spaces");
    }

    /** A line indented less than the lines above it, but more than the ones they belong to. */
    private Diagnostic unevenIndent(Mark at) {
        Optional<Integer> above = lineAbove(at.getLine());
        String comparison = above.map(line -> " (" + spaces(indent(line(at))) + ", where line "
                + fileLine(line) + " has " + spaces(indent(lines[line])) + ")").orElse("");
        return at(at.getLine(), indent(line(at))).error("this line is indented differently from the lines above "
                + "it" + comparison + "; lines that belong together must start in the same column");
    }

    private static String spaces(int count) {
        return Plural.of(count, "space");
    }

    /** The nearest line above that says something (not blank, not only a comment). */
    private Optional<Integer> lineAbove(int line) {
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            String text = lines[i].strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private String line(Mark mark) {
        return mark.getLine() < lines.length ? lines[mark.getLine()] : "";
    }

    private static int indent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    private int fileLine(int line) {
        return lineOffset + line + 1;
    }

    private Position at(int line, int column) {
        return new Position(file, fileLine(line), column + 1);
    }

    private Position position(Optional<Mark> mark) {
        return mark.map(m -> at(m.getLine(), m.getColumn())).orElse(new Position(file, lineOffset + 1, 1));
    }
}
