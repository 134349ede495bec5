package dev.byline.diag;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe collector that stages report into and keep going, so one run shows every problem. */
public final class Diagnostics {

    private final List<Diagnostic> collected = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        collected.add(diagnostic);
    }

    public synchronized boolean hasErrors() {
        return collected.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything collected so far, sorted by file, line and column. */
    public synchronized List<Diagnostic> sorted() {
        return collected.stream().sorted().distinct().toList();
    }
}
