package dev.byline.build;

import dev.byline.content.ArticleDocument;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.output.OutputFile;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a build, with its diagnostics, sorted: the site {@link Rendered}, found {@link UpToDate} (the
 * output folder already holds it; nothing was rendered), or {@link Failed} with errors among the diagnostics.
 */
public sealed interface BuildResult {

    List<Diagnostic> diagnostics();

    /** A build that succeeded, and what it did. */
    sealed interface Succeeded extends BuildResult {
        BuildStats stats();
    }

    /**
     * The site rendered (and, for {@code byline build}, written).
     *
     * @param files     every file of the site
     * @param site      what was published
     * @param documents every article as parsed, published or not (for checks that point into the Markdown)
     * @param delta     what changed since the pipeline's last good rendering
     */
    record Rendered(List<Diagnostic> diagnostics, BuildStats stats, List<OutputFile> files, Site site,
                    List<ArticleDocument> documents, SiteDelta delta) implements Succeeded {

        public Rendered {
            diagnostics = List.copyOf(diagnostics);
            files = List.copyOf(files);
            documents = List.copyOf(documents);
        }

        /** The site's settings. */
        public SiteConfig config() {
            return site.config();
        }
    }

    /** Nothing to do: the inputs and the output folder are as the last build left them; its warnings again. */
    record UpToDate(List<Diagnostic> diagnostics, BuildStats stats) implements Succeeded {
        public UpToDate {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** The errors (and warnings) that stopped the build; nothing was written. */
    record Failed(List<Diagnostic> diagnostics) implements BuildResult {
        public Failed {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    static Failed failed(List<Diagnostic> diagnostics) {
        return new Failed(diagnostics);
    }

    static Failed failed(Diagnostics diagnostics) {
        return failed(diagnostics.sorted());
    }

    default boolean succeeded() {
        return this instanceof Succeeded;
    }

    /** This result as a build that succeeded, for a caller that knows it did; else a bug, named with the errors. */
    default Succeeded built() {
        if (this instanceof Succeeded succeeded) {
            return succeeded;
        }
        throw new IllegalStateException("the build failed: " + errors());
    }

    /** This result as a rendered site, for a caller that knows it is one; else a bug. */
    default Rendered rendered() {
        if (this instanceof Rendered rendered) {
            return rendered;
        }
        throw new IllegalStateException(this instanceof UpToDate ? "the build found the site up to date"
                : "the build failed: " + errors());
    }

    private String errors() {
        return diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                .collect(Collectors.joining("; "));
    }

    /** This result with warnings of the build's own added (about its cache). */
    default BuildResult withWarnings(List<Diagnostic> warnings) {
        if (warnings.isEmpty()) {
            return this;
        }
        Diagnostics all = new Diagnostics();
        diagnostics().forEach(all::add);
        warnings.forEach(all::add);
        if (this instanceof Rendered rendered) {
            return new Rendered(all.sorted(), rendered.stats(), rendered.files(), rendered.site(),
                    rendered.documents(), rendered.delta());
        }
        if (this instanceof UpToDate upToDate) {
            return new UpToDate(all.sorted(), upToDate.stats());
        }
        return new Failed(all.sorted());
    }
}
