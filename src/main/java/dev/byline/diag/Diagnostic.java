package dev.byline.diag;

import java.util.Comparator;
import java.util.function.Function;

/**
 * One problem found in the user's site, with its position. {@code file} is the path as the user knows it
 * (relative to the working folder, with forward slashes); line and column are 1-based, 0 when unknown.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    /** Every message is printed somewhere (a terminal, the preview's overlay): what it quotes is made safe here. */
    public Diagnostic {
        file = SafeText.of(file);
        message = SafeText.of(message);
    }

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Compiler style: {@code content/articles/x.md:3:8: error: message}. */
    public String format() {
        return format(Severity::label);
    }

    /** As {@link #format()}, with the severity word as {@code label} writes it (in colour, on a terminal). */
    public String format(Function<Severity, String> label) {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(label.apply(severity)).append(": ").append(message).toString();
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
