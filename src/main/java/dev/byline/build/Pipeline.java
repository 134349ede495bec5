package dev.byline.build;

import dev.byline.BylineVersion;
import dev.byline.assemble.ArticleAddresses;
import dev.byline.assemble.AssembledArticles;
import dev.byline.assemble.Assembly;
import dev.byline.assemble.NewsChange;
import dev.byline.assemble.Reassembly;
import dev.byline.assemble.Sections;
import dev.byline.assemble.SiteAssembler;
import dev.byline.assemble.SitePages;
import dev.byline.config.SiteConfigLoader;
import dev.byline.cache.ContentHash;
import dev.byline.cache.ParsedArticleStore;
import dev.byline.content.ArticleParse;
import dev.byline.content.ArticleParser;
import dev.byline.content.AuthorFileParser;
import dev.byline.content.ImageSizes;
import dev.byline.content.MarkdownRenderer;
import dev.byline.content.PageDocument;
import dev.byline.content.PageParser;
import dev.byline.content.ParsedArticle;
import dev.byline.content.RegistryAuthor;
import dev.byline.content.StaticFiles;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.Page;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.output.OutputFile;
import dev.byline.output.OutputPlan;
import dev.byline.model.ReadLog;
import dev.byline.plan.Changes;
import dev.byline.plan.LastRendering;
import dev.byline.plan.PageTask;
import dev.byline.plan.Reads;
import dev.byline.plan.RenderPlan;
import dev.byline.plan.RenderPlanner;
import dev.byline.plan.SiteFingerprints;
import dev.byline.plan.Task;
import dev.byline.render.Renderer;
import dev.byline.source.DisplayPaths;
import dev.byline.source.Scan;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceScanner;
import dev.byline.source.SourceTree;
import dev.byline.template.Templates;
import dev.byline.yaml.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Wires the stages that render a site into memory: source -> config -> content (parallel) -> assemble -> plan ->
 * render (parallel). Templates compile while the content is parsed. Each stage reports into the diagnostics and the
 * pipeline stops after any stage with errors. It remembers its last good rendering ({@link LastRendering}):
 * the next one parses again only the articles whose file changed, runs javac only when the theme changed, and
 * renders again only the tasks of the plan whose recipe changed or whose recorded reads a change touches; every other
 * file is the one rendered before. {@code build} makes one rendering, {@code serve} one after every change. Not
 * thread-safe: one rendering at a time.
 */
public final class Pipeline {

    private final BuildRequest request;
    private final DisplayPaths display;
    /** Parses by article path within the articles folder ({@link SourceFile#relative()}). */
    private final Map<String, ParsedFile> parsed = new ConcurrentHashMap<>();
    private final AssembledArticles assembled = new AssembledArticles();
    private final Reassembly reassembly = new Reassembly();
    /** The static files of the last scan, whose images' sizes parses carry. */
    private List<SourceFile> lastStatics = List.of();
    private final SiteFingerprints.Memo fingerprinted = new SiteFingerprints.Memo();
    /** Where parses are kept between runs ({@code build}); {@code null} to keep them in memory only. */
    private final Path storeFile;
    private ParsedArticleStore store;
    /** The store being written beside the rendering, after the parse; the next parse waits for it. */
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);
    private SiteConfig lastConfig;
    private Templates theme;
    private LastRendering last;
    /**
     * The last good rendering's plan: when a change touches nothing it was made of (an article's text or headline,
     * an author's bio), the plan stands as it was.
     */
    private Planned lastPlan;

    /** What a plan is made of besides the site it reads: the theme, and the files copied as they are. */
    private record PlanInputs(String theme, List<SourceFile> statics, List<SourceFile> assets) {
    }

    /**
     * A plan, what planning read of the site, what else it was made of, and whether it is the last one again.
     */
    private record Planned(RenderPlan plan, Reads reads, PlanInputs inputs, boolean reused) {
    }

    /** The last scan's tree and messages, which a change to plain files updates instead of walking again. */
    private SourceTree lastTree;
    private List<Diagnostic> lastScanMessages = List.of();
    /** A walk made for the next rendering ({@link #render(BuildProgress, Scan)}), used once. */
    private Scan given;
    /** The last good rendering's files, by output path. */
    private Map<String, OutputFile> lastFiles = Map.of();

    /** An article as parsed last time: the file as the scan found it then, and what its parse gave and read. */
    private record ParsedFile(SourceFile source, ArticleParse parse) {
    }

    /**
     * A file's bytes and their {@link ContentHash}, each made the first time it is asked for; the bytes are
     * {@code null} when the file cannot be read.
     */
    private static final class ReadOnce {
        private final Path path;
        private byte[] bytes;
        private byte[] hash;
        private boolean read;

        ReadOnce(Path path) {
            this.path = path;
        }

        byte[] bytes() {
            if (!read) {
                read = true;
                try {
                    bytes = Files.readAllBytes(path);
                } catch (IOException | OutOfMemoryError unreadable) {
                    bytes = null;
                }
            }
            return bytes;
        }

        byte[] hash() {
            if (hash == null) {
                hash = ContentHash.of(bytes());
            }
            return hash;
        }
    }

    /** A session that keeps what it learns in memory only ({@code serve}, {@code check}, tests). */
    public Pipeline(BuildRequest request) {
        this(request, null);
    }

    private Pipeline(BuildRequest request, Path storeFile) {
        this.request = request;
        this.display = new DisplayPaths(request.workingDir());
        this.storeFile = storeFile;
    }

    /**
     * A session that takes parses from, and keeps them in, the store in {@code storeFile} ({@code build}: a run
     * after one edit parses one file); each render writes it once it has parsed, and {@link #saveParses()} waits
     * for that.
     */
    public static Pipeline keepingParsesIn(BuildRequest request, Path storeFile) {
        return new Pipeline(request, storeFile);
    }

    /**
     * Goes on from a rendering an earlier run made and wrote into the output folder: its tasks whose reads and
     * recipe did not change keep the file the folder holds ({@link OutputFile.Kept}).
     */
    public void resume(LastRendering written) {
        last = written;
        Map<String, OutputFile> kept = new HashMap<>(written.tasks().size() * 2);
        written.tasks().forEach((file, task) -> kept.put(file, new OutputFile.Kept(file, "last build",
                task.output())));
        lastFiles = kept;
    }

    /** Forgets the last rendering: the next renders every task. */
    public void renderAllNext() {
        last = null;
        lastPlan = null;
        lastFiles = Map.of();
    }

    /** The last good rendering, for a build to keep; empty before any. */
    public Optional<LastRendering> lastRendering() {
        return Optional.ofNullable(last);
    }

    /**
     * Waits for the store of parses to be written, with the articles of the last parse; nothing without a store.
     * Each render starts writing it once it has parsed, while it renders.
     */
    public void saveParses() throws IOException {
        try {
            saving.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException refused) {
                throw refused;
            }
            throw e;
        }
    }

    /** Starts writing the store of parses with the articles parsed now, on a thread of its own. */
    private void startSavingParses() {
        if (store == null) {
            return;
        }
        List<SourceFile> articles = parsed.values().stream().map(ParsedFile::source).toList();
        ParsedArticleStore saved = store;
        saving = CompletableFuture.runAsync(() -> {
            try {
                saved.save(storeFile, articles);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "byline-store");
            thread.setDaemon(true);
            thread.start();
        });
    }

    public BuildRequest request() {
        return request;
    }

    public DisplayPaths display() {
        return display;
    }

    /** Renders the site as its files are now; nothing is written. */
    public BuildResult render() {
        return render(BuildProgress.NONE, List.of(), UnaryOperator.identity());
    }

    /**
     * Renders the site as its files are now, taking these files as changed whatever their size and times say (the
     * watcher saw them change: an editor may write the same size within the same clock tick).
     */
    public BuildResult render(Collection<Path> changed) {
        return render(BuildProgress.NONE, changed, UnaryOperator.identity());
    }

    /** Renders the site, telling {@code progress} how far it is; nothing is written. */
    public BuildResult render(BuildProgress progress) {
        return render(progress, List.of(), UnaryOperator.identity());
    }

    /** Walks the site's folders as a rendering does. */
    public Scan scan() {
        Diagnostics scanned = new Diagnostics();
        SourceTree tree = new SourceScanner(display).scan(request.sourceDir(), request.templatesDir(), scanned);
        return new Scan(tree, scanned.sorted());
    }

    /**
     * Renders the site as {@code scan} found it (a build checks it for changes first), handing each file to
     * {@code made} as soon as it is rendered, on the thread that rendered it: the rendering keeps the file
     * {@code made} gives back (a build writes it into its draft and keeps only its fingerprint). Nothing is written
     * here.
     */
    public BuildResult render(BuildProgress progress, Scan scan, UnaryOperator<OutputFile> made) {
        given = scan;
        return render(progress, List.of(), made);
    }

    private BuildResult render(BuildProgress progress, Collection<Path> changed, UnaryOperator<OutputFile> made) {
        long start = System.nanoTime();
        Path articlesDir = request.sourceDir().resolve("articles").toAbsolutePath().normalize();
        for (Path file : changed) { // parsed again whatever their version says
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(articlesDir)) {
                parsed.remove(articlesDir.relativize(absolute).toString().replace('\\', '/'));
            }
        }
        StageClock clock = new StageClock(progress);
        clock.begin("scan", 0);
        Diagnostics diagnostics = new Diagnostics();
        String templatesDisplay = display.of(request.templatesDir());
        SourceTree tree = scan(changed, diagnostics);
        Path staticDir = request.sourceDir().resolve("static");
        StaticFiles staticFiles = new StaticFiles(tree.ofKind(SourceKind.STATIC), display.of(staticDir));
        Optional<SiteConfig> config = tree.ofKind(SourceKind.CONFIG).stream().findFirst()
                .flatMap(file -> SiteConfigLoader.load(file, staticFiles, request.baseUrl(), diagnostics));
        if (config.isEmpty() || diagnostics.hasErrors()) {
            return BuildResult.failed(diagnostics);
        }
        if (!config.get().equals(lastConfig)) {
            parsed.clear(); // the zone, base path and HTML policy shape every parsed article
            assembled.clear();
            reassembly.clear();
            lastConfig = config.get();
            openStore(config.get(), diagnostics);
        }
        Diagnostics templateDiagnostics = new Diagnostics();
        // javac takes a second or more: it runs on a thread of its own while the content is parsed on the common
        // pool (a pool thread blocked in javac would leave one of two cores idle for the parse)
        long templatesStart = System.nanoTime();
        CompletableFuture<Optional<Templates>> templates = CompletableFuture.supplyAsync(() ->
                loadTemplates(tree.ofKind(SourceKind.TEMPLATE), templatesDisplay, templateDiagnostics),
                Pipeline::onOwnThread);
        CompletableFuture<Long> templatesNanos = templates.thenApply(ignored -> System.nanoTime() - templatesStart);

        List<RegistryAuthor> registry = tree.ofKind(SourceKind.AUTHOR).stream()
                .map(file -> AuthorFileParser.parse(file, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        ImageSizes imageSizes = new ImageSizes(staticFiles, config.get().basePath());
        List<SourceFile> statics = tree.ofKind(SourceKind.STATIC);
        clock.begin("parse", tree.ofKind(SourceKind.ARTICLE).size());
        saving.exceptionally(ignored -> null).join(); // the store does not change while it is written (one that
        // failed is written again after this parse)
        List<ParsedArticle> parsedArticles = parseArticles(tree, config.get(), imageSizes, progress, diagnostics);
        startSavingParses();
        clock.begin("assemble", 0);
        Assembly assembly = reassembly.assemble(new SiteAssembler(config.get(), request.rules(), imageSizes,
                assembled), parsedArticles, registry, statics, diagnostics);
        List<Page> sitePages = pages(tree, config.get(), imageSizes, diagnostics);
        ArticleAddresses.checkPages(assembly.site(), sitePages, diagnostics);
        clock.begin("waiting for templates", 0);
        Optional<Templates> loaded = templates.join();
        clock.record("templates (beside parse)", templatesNanos.join());
        templateDiagnostics.sorted().forEach(diagnostics::add);
        if (diagnostics.hasErrors() || loaded.isEmpty()) {
            return BuildResult.failed(diagnostics);
        }
        boolean compiled = loaded.get() != theme && loaded.get().compiled();
        theme = loaded.get();
        clock.begin("compare", 0);
        Site site = assembly.site().withPages(sitePages);
        SiteFingerprints fingerprints = SiteFingerprints.of(site, fingerprinted);
        String settings = settings(config.get());
        Optional<Changes> changes = last == null || !last.settings().equals(settings) ? Optional.empty()
                : Optional.of(Changes.between(last.fingerprints(), fingerprints));
        clock.begin("plan", 0);
        Planned planned = plan(site, tree, changes);
        RenderPlan plan = planned.plan();
        boolean samePlan = planned.reused();
        List<Task> stale = LastRendering.stale(last, plan, changes);
        clock.begin("render", stale.size());
        List<Renderer.Outcome> outcomes = new Renderer(site, theme, config.get().relativeUrls()
                || request.relativeUrls()).render(stale, made, diagnostics, progress::advanced);
        clock.begin("check", 0);
        Optional<Collected> collected = collect(plan, samePlan, stale, outcomes, diagnostics);
        if (collected.isEmpty()) {
            return BuildResult.failed(diagnostics);
        }
        Map<String, OutputFile> files = collected.get().files();
        List<OutputFile> all = new ArrayList<>(plan.tasks().size());
        plan.tasks().forEach(task -> all.add(files.get(task.file())));
        boolean whole = last == null || stale.size() == plan.tasks().size();
        last = new LastRendering(settings, fingerprints, collected.get().records());
        lastFiles = files;
        lastPlan = planned;
        long millis = (System.nanoTime() - start) / 1_000_000;
        int pages = (int) plan.tasks().stream().filter(PageTask.class::isInstance).count();
        BuildStats stats = new BuildStats(new BuildStats.Counts(site.articles().size(), site.authors().size(), pages,
                all.size()), new BuildStats.Held(assembly.draftsHeld(), assembly.scheduledHeld(),
                assembly.expiredHeld()), new BuildStats.Work(0, compiled, false), millis, clock.end(),
                NewsChange.next(assembly.documents(), request.rules().now(), config.get().timezone()).orElse(null));
        return new BuildResult.Rendered(diagnostics.sorted(), stats, all, site, assembly.documents(),
                new SiteDelta(outcomes.stream().map(Renderer.Outcome::file).toList(), collected.get().removed(),
                        whole));
    }

    /** Every file of a rendering by path, each task's record, and the files of the last one it no longer has. */
    private record Collected(Map<String, OutputFile> files, Map<String, LastRendering.TaskRecord> records,
                             Set<String> removed) {
    }

    /**
     * The rendering's files and records: the last ones with the tasks rendered now put in. Empty, with the
     * problems reported, when a task failed or, for a new plan, two tasks make one file (a static file where a page
     * goes); the same plan's files passed that check last time.
     */
    private Optional<Collected> collect(RenderPlan plan, boolean samePlan, List<Task> stale,
                                        List<Renderer.Outcome> outcomes, Diagnostics diagnostics) {
        if (outcomes.size() < stale.size()) {
            return Optional.empty(); // a task failed, and was reported
        }
        if (samePlan) {
            Map<String, LastRendering.TaskRecord> records = new HashMap<>(last.tasks());
            Map<String, OutputFile> files = new HashMap<>(lastFiles);
            for (Renderer.Outcome outcome : outcomes) {
                records.put(outcome.task().file(), new LastRendering.TaskRecord(outcome.task().recipeHash(),
                        outcome.reads(), null));
                files.put(outcome.task().file(), outcome.file());
            }
            return Optional.of(new Collected(files, records, Set.of()));
        }
        Map<String, LastRendering.TaskRecord> records = new HashMap<>();
        List<OutputFile> made = made(plan, outcomes, stale, records);
        OutputPlan.checkCollisions(made, diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Map<String, OutputFile> files = new HashMap<>(made.size() * 2);
        made.forEach(file -> files.put(file.file(), file));
        Set<String> removed = lastFiles.keySet().stream().filter(file -> !files.containsKey(file))
                .collect(Collectors.toSet());
        return Optional.of(new Collected(files, records, removed));
    }

    /**
     * Every file of the plan, in its order: the ones rendered now, the others as the last rendering made them; each
     * task's record put in {@code records}. A task that failed (reported already) has no file.
     */
    private List<OutputFile> made(RenderPlan plan, List<Renderer.Outcome> outcomes, List<Task> stale,
                                  Map<String, LastRendering.TaskRecord> records) {
        Map<Task, Renderer.Outcome> rendered = new IdentityHashMap<>(); // tasks are records: hashing one reads it all
        outcomes.forEach(outcome -> rendered.put(outcome.task(), outcome));
        Set<Task> renderedAgain = Collections.newSetFromMap(new IdentityHashMap<>());
        renderedAgain.addAll(stale);
        List<OutputFile> made = new ArrayList<>(plan.tasks().size());
        for (int i = 0; i < plan.tasks().size(); i++) {
            Task task = plan.tasks().get(i);
            Renderer.Outcome outcome = rendered.get(task);
            if (outcome != null) {
                made.add(outcome.file());
                records.put(task.file(), new LastRendering.TaskRecord(plan.recipeHash(i), outcome.reads(), null));
            } else if (!renderedAgain.contains(task)) {
                made.add(lastFiles.get(task.file()));
                records.put(task.file(), last.tasks().get(task.file()));
            }
        }
        return made;
    }

    /**
     * The site's files: the last scan's tree with the changed files as they are now, when the watcher named them
     * all and each is a plain file of a known kind; otherwise a walk of both folders.
     */
    private SourceTree scan(Collection<Path> changed, Diagnostics diagnostics) {
        Optional<SourceTree> updated = lastTree == null || changed.isEmpty() ? Optional.empty()
                : new SourceScanner(display).update(lastTree, changed, request.sourceDir(), request.templatesDir());
        if (updated.isPresent()) {
            lastTree = updated.get();
        } else {
            Scan scan = given != null ? given : scan();
            lastTree = scan.tree();
            lastScanMessages = scan.messages();
        }
        given = null;
        lastScanMessages.forEach(diagnostics::add);
        return lastTree;
    }

    /**
     * Everything besides the content that shapes every output: the site's settings, the request's, the build's
     * rules and Byline's own version. A change to any re-renders every task.
     */
    private String settings(SiteConfig config) {
        return BylineVersion.current().stamp() + "\n" + config + "\n" + request.relativeUrls() + "\n"
                + request.rules().drafts() + " " + request.rules().future();
    }

    /**
     * Opens the store of parses for these settings (a store made with others is not used): with a warning, once,
     * when the one on disk cannot be trusted.
     */
    private void openStore(SiteConfig config, Diagnostics diagnostics) {
        if (storeFile == null) {
            return;
        }
        String settings = String.join("\n", BylineVersion.current().stamp(), config.timezone().toString(),
                config.basePath(), String.valueOf(config.allowRawHtml()), config.author(),
                request.workingDir().toAbsolutePath().normalize().toString(),
                request.sourceDir().toAbsolutePath().normalize().toString());
        ParsedArticleStore.Loaded loaded = ParsedArticleStore.load(storeFile, settings);
        loaded.warning().ifPresent(reason -> diagnostics.add(Position.ofFile(display.of(storeFile))
                .warning("the cache of parsed articles was not used (" + reason + "); every article is parsed "
                        + "again")));
        store = loaded.store();
    }

    /** Where site.yaml is, as the user knows it: for messages about a setting in it. */
    private static String configFile(SourceTree tree) {
        return tree.ofKind(SourceKind.CONFIG).get(0).display();
    }

    /**
     * The plan for this site: the last one when the changes since it (empty: no comparison) touch nothing it read
     * and nothing else it was made of changed; otherwise a new one, planning recorded.
     */
    private Planned plan(Site site, SourceTree tree, Optional<Changes> changes) {
        PlanInputs inputs = new PlanInputs(theme.fingerprint(), tree.ofKind(SourceKind.STATIC),
                tree.ofKind(SourceKind.ASSET));
        // the last plan is the last good rendering's: changes since that rendering are changes since the plan
        if (lastPlan != null && changes.isPresent() && inputs.equals(lastPlan.inputs())
                && !changes.get().touches(lastPlan.reads())) {
            return new Planned(lastPlan.plan(), lastPlan.reads(), inputs, true);
        }
        Reads.Recorder planning = new Reads.Recorder();
        RenderPlan plan = ReadLog.recording(planning, () ->
                new RenderPlanner(site, new Sections(site), theme.fingerprint()).plan(tree));
        return new Planned(plan, planning.reads(), inputs, false);
    }

    /**
     * Every article of the tree, parsed, or taken as parsed before; their messages reported into
     * {@code diagnostics}.
     */
    private List<ParsedArticle> parseArticles(SourceTree tree, SiteConfig config, ImageSizes imageSizes,
                                              BuildProgress progress, Diagnostics diagnostics) {
        ArticleParser parser = new ArticleParser(config.timezone(),
                new MarkdownRenderer(config.basePath(), config.allowRawHtml(), imageSizes),
                Optional.of(config.author()).filter(author -> !author.isEmpty())
                        .map(author -> new Located<>(author, Position.ofFile(configFile(tree)))));
        List<SourceFile> articles = tree.ofKind(SourceKind.ARTICLE);
        List<SourceFile> statics = tree.ofKind(SourceKind.STATIC);
        boolean staticsAsBefore = statics.equals(lastStatics); // else an image may have another size now
        lastStatics = statics;
        parsed.keySet().retainAll(articles.stream().map(SourceFile::relative).collect(Collectors.toSet()));
        return articles.parallelStream()
                .map(file -> parse(file, parser, imageSizes, staticsAsBefore))
                .peek(ignored -> progress.advanced())
                .peek(result -> result.parse().diagnostics().forEach(diagnostics::add))
                .map(result -> result.parse().article())
                .toList();
    }

    /**
     * The article as parsed before (in this session, or by an earlier run, from the store) when its file is the
     * same version, or has the same bytes, and the images it shows are as they were; parsed again otherwise.
     */
    private ParsedFile parse(SourceFile file, ArticleParser parser, ImageSizes imageSizes, boolean staticsAsBefore) {
        ParsedFile known = parsed.get(file.relative());
        if (known != null && (known.source() == file && staticsAsBefore // the scan's very record: not looked at
                || known.source().sameVersion(file) && known.parse().reads().stillHold(imageSizes))) {
            return known;
        }
        ArticleParse parse;
        if (store == null) {
            parse = parser.parse(file);
        } else {
            ReadOnce read = new ReadOnce(file.path()); // for the hash and, on a miss, the parse: one read
            Optional<ArticleParse> kept = store.lookup(file, read::hash, imageSizes);
            if (kept.isPresent()) {
                parse = kept.get();
            } else if (read.bytes() == null) {
                parse = parser.parse(file); // which says why the file cannot be read
            } else {
                parse = parser.parse(file, read.bytes());
                store.put(file, read.hash(), parse); // the hash of the very bytes parsed
            }
        }
        ParsedFile fresh = new ParsedFile(file, parse);
        parsed.put(file.relative(), fresh);
        return fresh;
    }

    /**
     * The pages of {@code content/pages/}, parsed and assembled every rendering rather than kept in the store of
     * parses: a site has a handful, each parsed in well under a millisecond, and a parse made now has the sizes of
     * the images it shows as they are now, with nothing to keep track of.
     */
    private static List<Page> pages(SourceTree tree, SiteConfig config, ImageSizes imageSizes,
                                    Diagnostics diagnostics) {
        PageParser parser = new PageParser(config.timezone(),
                new MarkdownRenderer(config.basePath(), config.allowRawHtml(), imageSizes));
        List<PageDocument> documents = tree.ofKind(SourceKind.PAGE).stream()
                .map(file -> parser.parse(file, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        return SitePages.assemble(documents, config, diagnostics);
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
