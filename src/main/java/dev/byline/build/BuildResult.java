package dev.byline.build;

import dev.byline.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of a build: its diagnostics, sorted, and on success what it wrote.
 *
 * @param stats {@code null} when the build failed
 */
public record BuildResult(List<Diagnostic> diagnostics, BuildStats stats) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
