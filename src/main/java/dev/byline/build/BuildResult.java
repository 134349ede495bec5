package dev.byline.build;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.content.ArticleDocument;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.output.OutputFile;
import java.util.List;

/**
 * The outcome of a build: its diagnostics, sorted, and on success the site's files and what was done.
 *
 * @param stats  {@code null} when the build failed
 * @param files  every file of the site; empty when the build failed
 * @param site      what was published; {@code null} when the build failed
 * @param documents every article as parsed, published or not (for checks that point into the Markdown)
 * @param delta     what changed since the session's last good rendering ({@link SiteDelta#NONE} when failed)
 */
public record BuildResult(List<Diagnostic> diagnostics, BuildStats stats, List<OutputFile> files, Site site,
                          List<ArticleDocument> documents, SiteDelta delta) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
        documents = List.copyOf(documents);
    }

    public static BuildResult failed(List<Diagnostic> diagnostics) {
        return new BuildResult(diagnostics, null, List.of(), null, List.of(), SiteDelta.NONE);
    }

    static BuildResult failed(Diagnostics diagnostics) {
        return failed(diagnostics.sorted());
    }

    /** The site's settings; only for a build that succeeded. */
    public SiteConfig config() {
        return site.config();
    }

    /** This result with warnings of the build's own added (about its cache). */
    BuildResult withWarnings(List<Diagnostic> warnings) {
        if (warnings.isEmpty()) {
            return this;
        }
        Diagnostics all = new Diagnostics();
        diagnostics.forEach(all::add);
        warnings.forEach(all::add);
        return new BuildResult(all.sorted(), stats, files, site, documents, delta);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
