package dev.byline.bench;

import dev.byline.assemble.PublishingRules;
import dev.byline.assemble.Sections;
import dev.byline.build.BuildRequest;
import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.io.Folders;
import dev.byline.model.Site;
import dev.byline.model.PageModel;
import dev.byline.plan.PageTask;
import dev.byline.plan.RenderPlanner;
import dev.byline.render.PageModels;
import dev.byline.source.DisplayPaths;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceScanner;
import dev.byline.source.SourceTree;
import dev.byline.template.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The repository's sample site ({@code content/} and {@code templates/} of the working folder, so benchmarks run
 * from the repository's root), rendered in memory as {@code byline build} renders it, with its pages planned and
 * its theme compiled into a temporary template cache that {@link #close} deletes.
 */
public final class SampleSite implements AutoCloseable {

    static final Path CONTENT = Path.of("content");
    static final Path TEMPLATES = Path.of("templates");

    private final Path cacheDir;
    private final Site site;
    private final Templates templates;
    private final List<PageTask> pages;

    private SampleSite(Path cacheDir, Site site, Templates templates) {
        this.cacheDir = cacheDir;
        this.site = site;
        this.templates = templates;
        this.pages = new RenderPlanner(site, new Sections(site), templates.fingerprint())
                .plan(new SourceTree(List.of())).tasks().stream()
                .filter(PageTask.class::isInstance).map(PageTask.class::cast).toList();
    }

    public static SampleSite render() throws IOException {
        Path workingDir = Path.of("").toAbsolutePath();
        Path cacheDir = Files.createTempDirectory("byline-jmh-cache");
        BuildRequest request = new BuildRequest(CONTENT, TEMPLATES, workingDir.resolve("site-out"), cacheDir,
                workingDir, null, false, new PublishingRules(false, false, Instant.now()));
        BuildResult result = new Pipeline(request).render();
        if (!result.succeeded()) {
            throw new IllegalStateException("the sample site does not build (run the benchmarks from the "
                    + "repository's root folder):\n" + format(result.diagnostics()));
        }
        // the session keeps its theme to itself: load it again (the built-in one, precompiled: no javac)
        Diagnostics diagnostics = new Diagnostics();
        DisplayPaths display = new DisplayPaths(workingDir);
        Templates templates = Templates.load(display.of(TEMPLATES),
                        new SourceScanner(display).scan(CONTENT, TEMPLATES, diagnostics).ofKind(SourceKind.TEMPLATE),
                        cacheDir, diagnostics)
                .orElseThrow(() -> new IllegalStateException(format(diagnostics.sorted())));
        return new SampleSite(cacheDir, result.site(), templates);
    }

    public Site site() {
        return site;
    }

    public Templates templates() {
        return templates;
    }

    /** The page that renders into this file of the site, such as {@code index.html}. */
    public PageTask page(String file) {
        return pages.stream()
                .filter(task -> task.file().equals(file))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the sample site has no page " + file));
    }

    /** The model a page's template receives, built as a rendering builds it. */
    public PageModel model(PageTask page) {
        return new PageModels(site).build(page.page());
    }

    @Override
    public void close() throws IOException {
        Folders.deleteTree(cacheDir);
    }

    static String format(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
