package dev.byline.render;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.feed.FeedSpec;
import dev.byline.feed.Feeds;
import dev.byline.model.ReadLog;
import dev.byline.model.Site;
import dev.byline.model.SitePaths;
import dev.byline.output.OutputFile;
import dev.byline.output.RelativeLinks;
import dev.byline.plan.CopyTask;
import dev.byline.plan.FeedTask;
import dev.byline.plan.FixedTask;
import dev.byline.plan.NewsSitemapTask;
import dev.byline.plan.PageTask;
import dev.byline.plan.Reads;
import dev.byline.plan.SitemapTask;
import dev.byline.plan.Task;
import dev.byline.template.Templates;
import gg.jte.TemplateException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Runs tasks of the render plan, in parallel, each recording what it reads ({@link Reads}): pages through the
 * compiled theme, feeds and sitemaps through {@link Feeds}, copies and fixed files as they are. Results keep the
 * tasks' order. A template that fails is reported once per template line, for the first page in plan order (not
 * once per page: one bad line in article.jte would otherwise print thousands, and not whichever page a thread
 * reached first).
 */
public final class Renderer {

    private final Site site;
    private final Templates templates;
    private final PageModels models;
    private final Feeds feeds;
    private final boolean relativeUrls;

    /** What a task made: its file and what it read; or why it failed. */
    public record Outcome(Task task, OutputFile file, Reads reads, Diagnostic failure) {
    }

    /**
     * @param relativeUrls whether pages' links are written relative to each page
     */
    public Renderer(Site site, Templates templates, boolean relativeUrls) {
        this.site = site;
        this.templates = templates;
        this.models = new PageModels(site);
        this.feeds = new Feeds(site.config());
        this.relativeUrls = relativeUrls;
    }

    /**
     * Runs every task; {@code onTask} runs after each, on the thread that ran it. The outcomes of tasks that failed
     * are left out, their failures reported into {@code diagnostics}.
     */
    public List<Outcome> render(List<Task> tasks, Diagnostics diagnostics, Runnable onTask) {
        return render(tasks, UnaryOperator.identity(), diagnostics, onTask);
    }

    /**
     * Runs every task as {@link #render(List, Diagnostics, Runnable)} does, handing each file made to {@code made}
     * on the thread that made it; the outcome keeps the file {@code made} gives back.
     */
    public List<Outcome> render(List<Task> tasks, UnaryOperator<OutputFile> made, Diagnostics diagnostics,
                                Runnable onTask) {
        List<Outcome> outcomes = tasks.parallelStream()
                .map(task -> {
                    Outcome outcome = render(task);
                    return outcome.file() == null ? outcome
                            : new Outcome(task, made.apply(outcome.file()), outcome.reads(), null);
                })
                .peek(ignored -> onTask.run())
                .toList();
        List<Outcome> succeeded = new ArrayList<>(outcomes.size());
        Set<String> reported = new HashSet<>();
        for (Outcome outcome : outcomes) {
            if (outcome.failure() == null) {
                succeeded.add(outcome);
            } else if (reported.add(outcome.failure().file() + ":" + outcome.failure().line())) {
                Diagnostic failure = outcome.failure();
                diagnostics.add(new Diagnostic(failure.severity(), failure.file(), failure.line(), failure.column(),
                        failure.message() + " (rendering " + outcome.task().file() + ")"));
            }
        }
        return succeeded;
    }

    private Outcome render(Task task) {
        if (task instanceof CopyTask copy) {
            return made(task, new OutputFile.Copied(copy.file(), copy.source().display(), copy.source().path()),
                    Reads.NONE);
        }
        if (task instanceof FixedTask fixed) {
            return made(task, new OutputFile.Rendered(fixed.file(), fixed.origin(), fixed.bytes()), Reads.NONE);
        }
        if (task instanceof SitemapTask sitemap) {
            return made(task, new OutputFile.Rendered(sitemap.file(), "sitemap",
                    feeds.sitemap(sitemap.index(), sitemap.entries())), Reads.NONE);
        }
        if (task instanceof NewsSitemapTask news) {
            return made(task, new OutputFile.Rendered(news.file(), "news sitemap", feeds.newsSitemap(news.entries())),
                    Reads.NONE);
        }
        Reads.Recorder reads = new Reads.Recorder();
        if (task instanceof FeedTask feed) {
            byte[] bytes = ReadLog.recording(reads, () -> {
                FeedSpec spec = new FeedSpec(feed.file(), feed.title(), feed.pageUrl(), feed.feedUrl(),
                        models.articles(feed.articles()));
                return switch (feed.format()) {
                    case ATOM -> feeds.atom(spec);
                    case JSON -> feeds.json(spec);
                    case RSS -> feeds.rss(spec);
                    case ATOM_CORRECTIONS -> feeds.corrections(spec);
                };
            });
            return made(task, new OutputFile.Rendered(feed.file(), "feed", bytes), reads.reads());
        }
        PageTask page = (PageTask) task;
        try {
            byte[] bytes = ReadLog.recording(reads, () -> templates.render(page.template(),
                    models.build(page.page())));
            OutputFile file = new OutputFile.Rendered(page.file(), page.template(), bytes);
            return made(task, relativeUrls ? RelativeLinks.rewrite(file, site.config().basePath(),
                    SitePaths.NOT_FOUND_FILE) : file, reads.reads());
        } catch (TemplateException e) {
            return new Outcome(task, null, null, templates.diagnose(e));
        }
    }

    private static Outcome made(Task task, OutputFile file, Reads reads) {
        return new Outcome(task, file, reads, null);
    }
}
