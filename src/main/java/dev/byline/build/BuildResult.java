package dev.byline.build;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.model.SiteConfig;
import dev.byline.output.OutputFile;
import java.util.List;

/**
 * The outcome of a build: its diagnostics, sorted, and on success the site's files and what was done.
 *
 * @param stats  {@code null} when the build failed
 * @param files  every file of the site; empty when the build failed
 * @param config the site's settings; {@code null} when the build failed
 */
public record BuildResult(List<Diagnostic> diagnostics, BuildStats stats, List<OutputFile> files,
                          SiteConfig config) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
    }

    static BuildResult failed(Diagnostics diagnostics) {
        return new BuildResult(diagnostics.sorted(), null, List.of(), null);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
