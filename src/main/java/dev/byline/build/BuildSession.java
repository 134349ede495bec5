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
import dev.byline.content.ParsedArticle;
import dev.byline.content.RegistryAuthor;
import dev.byline.content.StaticFiles;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.feed.FeedEntries;
import dev.byline.feed.Feeds;
import dev.byline.model.SiteConfig;
import dev.byline.output.OutputFile;
import dev.byline.output.OutputPlan;
import dev.byline.output.RelativeLinks;
import dev.byline.render.RenderPlanner;
import dev.byline.render.RenderTask;
import dev.byline.render.Renderer;
import dev.byline.source.DisplayPaths;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceScanner;
import dev.byline.source.SourceTree;
import dev.byline.template.BuiltInTheme;
import dev.byline.template.Templates;
import dev.byline.yaml.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Renders a site into memory, stage by stage: source -> config -> content (parallel) -> assemble -> render
 * (parallel). Templates compile while the content is parsed. Each stage reports into the diagnostics and the
 * session stops after any stage with errors. A session remembers what it parsed and compiled, so rendering again
 * after an edit re-parses only the files whose size or time changed, and javac runs only when the theme changed:
 * {@code build} uses one rendering, {@code serve} one after every change. Not thread-safe: one rendering at a time.
 */
public final class BuildSession {

    private final BuildRequest request;
    private final DisplayPaths display;
    private final Map<Path, ParsedFile> parsed = new ConcurrentHashMap<>();
    private SiteConfig lastConfig;
    private Templates theme;
    private FeedEntries feedEntries = new FeedEntries();
    private TextEdit.Rendering lastRendering;
    private ArticleParser lastParser;
    /** The last rendering's article files by absolute path; made on the first edit after it. */
    private Map<Path, SourceFile> lastSources;

    /**
     * A quick re-rendering after edits to articles' text.
     *
     * @param result  the site as a whole rendering would give it now
     * @param changed the files of it that changed
     */
    public record Edit(BuildResult result, List<OutputFile> changed) {
    }

    /** An article as parsed last time, with the file's size and time then. */
    private record ParsedFile(long size, long modified, ParsedArticle article, List<Diagnostic> diagnostics) {
    }

    public BuildSession(BuildRequest request) {
        this.request = request;
        this.display = new DisplayPaths(request.workingDir());
    }

    public BuildRequest request() {
        return request;
    }

    public DisplayPaths display() {
        return display;
    }

    /**
     * Forgets every parsed article, so the next rendering parses all again: for changes a file's own size and time
     * do not show, such as a new version of an image whose size an article's HTML carries.
     */
    public void forgetParsed() {
        parsed.clear();
    }

    /** Forgets these files' parses: changed, by someone's word, even if their size and time look the same. */
    public void forgetParsed(Collection<Path> files) {
        for (Path file : files) {
            parsed.remove(key(file));
        }
    }

    /**
     * After the writer saved these files: when they are articles of the last rendering whose text alone changed,
     * renders only their pages and the feeds that list them ({@link TextEdit}); empty when the whole site must be
     * rendered again. The files are parsed again whatever their size and time say.
     */
    public Optional<Edit> renderEdited(Collection<Path> files) {
        if (lastRendering == null) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        forgetParsed(files);
        if (lastSources == null) {
            lastSources = lastRendering.result().documents().stream()
                    .collect(Collectors.toMap(document -> key(document.source().path()), ArticleDocument::source));
        }
        List<ArticleDocument> edited = new ArrayList<>();
        for (Path file : files) {
            SourceFile source = lastSources.get(key(file));
            ParsedFile parsedNow = source == null ? null : parse(source, lastParser);
            if (parsedNow == null || parsedNow.article().document().isEmpty() || !parsedNow.diagnostics().isEmpty()) {
                return Optional.empty();
            }
            edited.add(parsedNow.article().document().get());
        }
        Optional<TextEdit.Outcome> outcome = new TextEdit(lastRendering, theme, feedEntries,
                lastConfig.relativeUrls() || request.relativeUrls()).apply(edited);
        outcome.ifPresent(done -> lastRendering = done.rendering());
        return outcome.map(done -> new Edit(withMillis(done.rendering().result(), start), done.changed()));
    }

    private static BuildResult withMillis(BuildResult result, long start) {
        return new BuildResult(result.diagnostics(), result.stats().timed((System.nanoTime() - start) / 1_000_000),
                result.files(), result.site(), result.documents());
    }

    /** Renders the whole site into memory; nothing is written. */
    public BuildResult render() {
        return render(BuildProgress.NONE);
    }

    /** Renders the whole site into memory, telling {@code progress} how far it is; nothing is written. */
    public BuildResult render(BuildProgress progress) {
        long start = System.nanoTime();
        lastRendering = null; // until this rendering succeeds
        lastSources = null;
        StageClock clock = new StageClock(progress);
        clock.begin("scan", 0);
        Diagnostics diagnostics = new Diagnostics();
        String templatesDisplay = display.of(request.templatesDir());
        SourceTree tree = new SourceScanner(display).scan(request.sourceDir(), request.templatesDir(), diagnostics);
        Optional<SiteConfig> config = tree.ofKind(SourceKind.CONFIG).stream().findFirst()
                .flatMap(file -> SiteConfigLoader.load(file, request.baseUrl(), diagnostics));
        if (config.isEmpty() || diagnostics.hasErrors()) {
            return BuildResult.failed(diagnostics);
        }
        if (!config.get().equals(lastConfig)) {
            parsed.clear(); // the zone, base path and HTML policy shape every parsed article
            feedEntries = new FeedEntries(); // and the base URL every feed entry
            lastConfig = config.get();
        }
        Diagnostics templateDiagnostics = new Diagnostics();
        // javac takes a second or more: it runs on a thread of its own while the content is parsed on the common
        // pool (a pool thread blocked in javac would leave one of two cores idle for the parse)
        long templatesStart = System.nanoTime();
        CompletableFuture<Optional<Templates>> templates = CompletableFuture.supplyAsync(() ->
                loadTemplates(tree.ofKind(SourceKind.TEMPLATE), templatesDisplay, templateDiagnostics),
                BuildSession::onOwnThread);
        CompletableFuture<Long> templatesNanos = templates.thenApply(ignored -> System.nanoTime() - templatesStart);

        List<RegistryAuthor> registry = tree.ofKind(SourceKind.AUTHOR).stream()
                .map(file -> AuthorFileParser.parse(file, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        Path staticDir = request.sourceDir().resolve("static");
        ImageSizes imageSizes = new ImageSizes(new StaticFiles(staticDir, display.of(staticDir)),
                config.get().basePath());
        ArticleParser parser = new ArticleParser(config.get().timezone(),
                new MarkdownRenderer(config.get().basePath(), config.get().allowRawHtml(), imageSizes),
                Optional.of(config.get().author()).filter(author -> !author.isEmpty())
                        .map(author -> new Located<>(author, Position.ofFile(configFile(tree)))));
        List<SourceFile> articles = tree.ofKind(SourceKind.ARTICLE);
        clock.begin("parse", articles.size());
        parsed.keySet().retainAll(articles.stream().map(file -> key(file.path())).collect(Collectors.toSet()));
        List<ParsedArticle> parsedArticles = articles.parallelStream()
                .map(file -> parse(file, parser))
                .peek(ignored -> progress.advanced())
                .peek(result -> result.diagnostics().forEach(diagnostics::add))
                .map(ParsedFile::article)
                .toList();
        clock.begin("assemble", 0);
        Assembly assembly = new SiteAssembler(config.get(), request.rules(), imageSizes)
                .assemble(parsedArticles, registry, diagnostics);
        List<ArticleDocument> documents = assembly.documents();
        clock.begin("waiting for templates", 0);
        Optional<Templates> loaded = templates.join();
        clock.record("templates (beside parse)", templatesNanos.join());
        templateDiagnostics.sorted().forEach(diagnostics::add);
        if (diagnostics.hasErrors() || loaded.isEmpty()) {
            return BuildResult.failed(diagnostics);
        }
        boolean compiled = loaded.get() != theme && loaded.get().compiled();
        theme = loaded.get();
        clock.begin("plan", 0);

        Sections sections = new Sections(assembly.site());
        List<RenderTask> tasks = RenderPlanner.plan(assembly.site(), sections);
        clock.begin("render", tasks.size());
        List<OutputFile> files = new ArrayList<>(new Renderer(theme).render(tasks, diagnostics, progress::advanced));
        if (config.get().relativeUrls() || request.relativeUrls()) {
            files.replaceAll(file -> RelativeLinks.rewrite(file, config.get().basePath(), Permalinks.NOT_FOUND_FILE));
        }
        clock.begin("feeds", 0);
        files.addAll(Feeds.files(assembly.site(), sections, tasks, feedEntries));
        feedEntries.keepOnly(assembly.site().articles());
        clock.begin("check", 0);
        files.addAll(OutputPlan.copies(tree));
        addBuiltInAssets(files);
        OutputPlan.checkCollisions(files, diagnostics);
        if (diagnostics.hasErrors()) {
            return BuildResult.failed(diagnostics);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        BuildStats stats = new BuildStats(assembly.site().articles().size(), assembly.site().authors().size(),
                tasks.size(), files.size(), 0, assembly.draftsHeld(), assembly.scheduledHeld(), assembly.expiredHeld(),
                compiled, false, millis, clock.end());
        BuildResult result = new BuildResult(diagnostics.sorted(), stats, files, assembly.site(), documents);
        lastRendering = new TextEdit.Rendering(result, tasks);
        lastParser = parser;
        return result;
    }

    /** Where site.yaml is, as the user knows it: for messages about a setting in it. */
    private static String configFile(SourceTree tree) {
        return tree.ofKind(SourceKind.CONFIG).get(0).display();
    }

    /** The built-in theme's assets the site's theme folder does not replace. */
    private static void addBuiltInAssets(List<OutputFile> files) {
        Set<String> present = files.stream().map(OutputFile::file).collect(Collectors.toSet());
        BuiltInTheme.assets().forEach((file, bytes) -> {
            if (!present.contains(file)) {
                files.add(new OutputFile.Rendered(file, "built-in theme", bytes));
            }
        });
    }

    /** The article as parsed before when its size and time are unchanged; parsed again otherwise. */
    private ParsedFile parse(SourceFile file, ArticleParser parser) {
        long size;
        long modified;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            size = -1;
            modified = -1;
        }
        ParsedFile known = parsed.get(key(file.path()));
        if (known != null && known.size() == size && known.modified() == modified && size >= 0) {
            return known;
        }
        Diagnostics local = new Diagnostics();
        ParsedFile fresh = new ParsedFile(size, modified, parser.parse(file, local), local.sorted());
        parsed.put(key(file.path()), fresh);
        return fresh;
    }

    /** Parses are remembered by absolute path, so the watcher's paths and the scanner's name the same file. */
    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private Optional<Templates> loadTemplates(List<SourceFile> templateFiles, String templatesDisplay,
                                              Diagnostics diagnostics) {
        if (theme != null && theme.isFor(templateFiles)) {
            return Optional.of(theme);
        }
        return Templates.load(templatesDisplay, templateFiles, request.cacheDir(), diagnostics);
    }

    private static void onOwnThread(Runnable work) {
        Thread thread = new Thread(work, "byline-templates");
        thread.setDaemon(true);
        thread.start();
    }
}
