package dev.byline.build;

import dev.byline.assemble.Assembly;
import dev.byline.assemble.Permalinks;
import dev.byline.assemble.Sections;
import dev.byline.assemble.SiteAssembler;
import dev.byline.config.SiteConfigLoader;
import dev.byline.content.ArticleDocument;
import dev.byline.content.ArticleParser;
import dev.byline.content.AuthorFileParser;
import dev.byline.content.ImageSizes;
import dev.byline.content.MarkdownRenderer;
import dev.byline.content.RegistryAuthor;
import dev.byline.diag.Diagnostics;
import dev.byline.feed.Feeds;
import dev.byline.model.SiteConfig;
import dev.byline.output.OutputFile;
import dev.byline.output.OutputPlan;
import dev.byline.output.RelativeLinks;
import dev.byline.output.SiteWriter;
import dev.byline.render.RenderPlanner;
import dev.byline.render.RenderTask;
import dev.byline.render.Renderer;
import dev.byline.source.DisplayPaths;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceScanner;
import dev.byline.source.SourceTree;
import dev.byline.template.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The build, stage by stage: source -> config -> content (parallel) -> assemble -> render (parallel) -> output.
 * Templates compile while the content is parsed. Each stage reports into the diagnostics and the build stops after
 * any stage with errors, so a broken site never writes anything. User mistakes never throw; an exception out of
 * here is a bug in Byline.
 */
public final class Pipeline {

    public BuildResult build(BuildRequest request) throws IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        DisplayPaths display = new DisplayPaths(request.workingDir());
        String templatesDisplay = display.of(request.templatesDir());
        List<Path> sourceDirs = List.of(request.sourceDir(), request.templatesDir(), request.cacheDir());
        if (!OutputPlan.checkOutputFolder(request.outputDir(), request.workingDir(), sourceDirs, display,
                diagnostics)) {
            return new BuildResult(diagnostics.sorted(), null);
        }
        SourceTree tree = new SourceScanner(display).scan(request.sourceDir(), request.templatesDir(), diagnostics);
        Optional<SiteConfig> config = tree.ofKind(SourceKind.CONFIG).stream().findFirst()
                .flatMap(file -> SiteConfigLoader.load(file, request.baseUrl(), diagnostics));
        if (config.isEmpty() || diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), null);
        }
        Diagnostics templateDiagnostics = new Diagnostics();
        // javac takes a second or more: it runs on a thread of its own while the content is parsed on the common
        // pool (a pool thread blocked in javac would leave one of two cores idle for the parse)
        CompletableFuture<Optional<Templates>> templates = CompletableFuture.supplyAsync(() ->
                loadTemplates(tree, templatesDisplay, request, templateDiagnostics), Pipeline::onOwnThread);

        List<RegistryAuthor> registry = tree.ofKind(SourceKind.AUTHOR).stream()
                .map(file -> AuthorFileParser.parse(file, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        ImageSizes imageSizes = new ImageSizes(request.sourceDir().resolve("static"), config.get().basePath());
        ArticleParser parser = new ArticleParser(config.get().timezone(),
                new MarkdownRenderer(config.get().basePath(), config.get().allowRawHtml(), imageSizes));
        List<ArticleDocument> documents = tree.ofKind(SourceKind.ARTICLE).parallelStream()
                .map(file -> parser.parse(file, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        Assembly assembly = new SiteAssembler(config.get(), request.rules(), imageSizes)
                .assemble(documents, registry, diagnostics);
        Optional<Templates> theme = templates.join();
        templateDiagnostics.sorted().forEach(diagnostics::add);
        if (diagnostics.hasErrors() || theme.isEmpty()) {
            return new BuildResult(diagnostics.sorted(), null);
        }

        Sections sections = new Sections(assembly.site());
        List<RenderTask> tasks = RenderPlanner.plan(assembly.site(), sections);
        List<OutputFile> files = new ArrayList<>(new Renderer(theme.get())
                .render(tasks, diagnostics));
        if (config.get().relativeUrls() || request.relativeUrls()) {
            files.replaceAll(file -> RelativeLinks.rewrite(file, config.get().basePath(), Permalinks.NOT_FOUND_FILE));
        }
        files.addAll(Feeds.files(assembly.site(), sections, tasks));
        files.addAll(OutputPlan.copies(tree));
        OutputPlan.checkCollisions(files, diagnostics);
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), null);
        }
        int written = new SiteWriter(request.outputDir()).write(files);
        long millis = (System.nanoTime() - start) / 1_000_000;
        BuildStats stats = new BuildStats(assembly.site().articles().size(), assembly.site().authors().size(),
                tasks.size(), written, assembly.draftsHeld(), assembly.scheduledHeld(), assembly.expiredHeld(),
                theme.get().compiled(), millis);
        return new BuildResult(diagnostics.sorted(), stats);
    }

    private static void onOwnThread(Runnable work) {
        Thread thread = new Thread(work, "byline-templates");
        thread.setDaemon(true);
        thread.start();
    }

    private static Optional<Templates> loadTemplates(SourceTree tree, String templatesDisplay, BuildRequest request,
                                                     Diagnostics diagnostics) {
        return Templates.load(request.templatesDir(), templatesDisplay, tree.ofKind(SourceKind.TEMPLATE),
                RenderPlanner.TEMPLATES, request.cacheDir(), diagnostics);
    }
}
