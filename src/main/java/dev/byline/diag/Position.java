package dev.byline.diag;

/** A place in a user's file, for pointing diagnostics at it. Line and column are 1-based, 0 when unknown. */
public record Position(String file, int line, int column) {

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }

    public Diagnostic error(String message) {
        return Diagnostic.error(file, line, column, message);
    }

    public Diagnostic warning(String message) {
        return Diagnostic.warning(file, line, column, message);
    }
}
