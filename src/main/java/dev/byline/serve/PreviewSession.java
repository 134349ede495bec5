package dev.byline.serve;

import dev.byline.build.BuildProgress;
import dev.byline.build.BuildResult;
import dev.byline.build.BuildStats;
import dev.byline.build.Pipeline;
import dev.byline.build.SiteDelta;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Plural;
import dev.byline.io.FileProblems;
import dev.byline.output.OutputFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code byline serve}: builds the site into memory, serves it, watches the content and theme folders and rebuilds
 * after every change, telling open pages to reload (a stylesheet alone is swapped in the page without a reload).
 * Every change goes through the {@link Pipeline}, which parses again only the files that changed, compiles only
 * a changed theme and renders only the files whose recorded reads the change touches; only those are swapped in.
 * A failed rebuild keeps the last good site and shows its problems on every page and in the terminal.
 */
public final class PreviewSession implements Closeable {

    /**
     * Quiet time that closes a batch of file events: an editor's save is several events (write, rename, attribute
     * change), all within a few milliseconds of each other; a later straggler only causes one more rebuild.
     */
    static final Duration DEBOUNCE = Duration.ofMillis(20);

    private final Pipeline builds;
    private final PreviewServer server;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<Diagnostic, String> format;
    private SiteWatcher watcher;

    private PreviewSession(Pipeline builds, PreviewServer server, PrintWriter out, PrintWriter err,
                           Function<Diagnostic, String> format) {
        this.builds = builds;
        this.server = server;
        this.out = out;
        this.err = err;
        this.format = format;
    }

    /**
     * Builds, binds the address (port 0 picks a free one) and starts serving; with {@code watch}, rebuilds on
     * every change. Builds are reported to {@code out} and problems to {@code err}, diagnostics as {@code format}
     * writes them.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static PreviewSession start(Pipeline builds, InetSocketAddress address, boolean watch,
                                       PrintWriter out, PrintWriter err, Function<Diagnostic, String> format)
            throws IOException {
        return start(builds, address, watch, BuildProgress.NONE, out, err, format);
    }

    /** As above, telling {@code firstBuild} how far the first build is (on a big site it takes seconds). */
    public static PreviewSession start(Pipeline builds, InetSocketAddress address, boolean watch,
                                       BuildProgress firstBuild, PrintWriter out, PrintWriter err,
                                       Function<Diagnostic, String> format) throws IOException {
        return start(builds, address, watch ? Optional.of(SiteWatcher.NATIVE) : Optional.empty(), firstBuild, out,
                err, format);
    }

    /** As above, watching with {@code events} if present (tests choose which). */
    static PreviewSession start(Pipeline builds, InetSocketAddress address, Optional<FileEvents.Source> events,
                                BuildProgress firstBuild, PrintWriter out, PrintWriter err,
                                Function<Diagnostic, String> format) throws IOException {
        // watching begins before the first build reads anything: a file saved while it runs is an event that
        // waits in the watcher and rebuilds once the session serves, instead of staying unseen until the next save
        SiteWatcher watcher = events.isPresent() ? new SiteWatcher(Set.of(builds.request().sourceDir()
                .toAbsolutePath().normalize(), builds.request().templatesDir().toAbsolutePath().normalize()),
                DEBOUNCE, events.get()) : null;
        BuildResult first;
        PreviewSession session;
        try {
            first = builds.render(firstBuild);
            SiteSnapshot snapshot = first instanceof BuildResult.Rendered rendered
                    ? SiteSnapshot.of(rendered.files(), rendered.config().basePath())
                    : new SiteSnapshot(java.util.Map.of(), "/", first.diagnostics());
            session = new PreviewSession(builds, new PreviewServer(address, snapshot), out, err, format);
        } catch (IOException | RuntimeException notServing) { // the port is taken, say: nothing left watching
            if (watcher != null) {
                watcher.close();
            }
            throw notServing;
        }
        session.watcher = watcher;
        session.report(first, 0);
        session.server.start();
        if (watcher != null) {
            watcher.start(session::rebuild);
        }
        return session;
    }

    /** The address of the site's front page. */
    public String url(String host) {
        SiteSnapshot snapshot = server.snapshot();
        return "http://" + host + ":" + server.port() + snapshot.basePath();
    }

    public int port() {
        return server.port();
    }

    /** How many pages are open with live reload. */
    int liveClients() {
        return server.liveClients();
    }

    /** Rebuilds after a batch of changed paths, and serves the result; never throws, so watching goes on. */
    void rebuild(SiteWatcher.Batch batch) {
        try {
            rebuildOrThrow(batch);
        } catch (RuntimeException bug) {
            err.println("byline: internal error while rebuilding: " + bug);
            err.println("This is a bug in Byline. Please report it with this trace; the preview goes on:");
            bug.printStackTrace(err);
            err.flush();
        }
    }

    private void rebuildOrThrow(SiteWatcher.Batch batch) {
        SiteSnapshot current = server.snapshot();
        BuildResult result = builds.render(batch.paths());
        SiteSnapshot next = null;
        if (result instanceof BuildResult.Rendered rendered) {
            try {
                next = served(current, rendered);
                server.publish(next, reloadEvent(rendered.delta()));
                report(result, changedFiles(current, next));
                printTiming(batch, "rendered " + Plural.of(rendered.delta().rendered().size(), "file") + " again");
                return;
            } catch (UncheckedIOException vanished) { // a static file went between the scan and the read
                builds.renderAllNext(); // what is served is not the pipeline's last rendering: start afresh
                result = BuildResult.failed(List.of(Diagnostic.error("content/static", 0, 0, "a file could not "
                        + "be read while rebuilding (" + FileProblems.describe(vanished.getCause())
                        + "); save again")));
            }
        }
        server.publish(current.withProblems(result.diagnostics()), "reload");
        report(result, 0);
        printTiming(batch, "rebuilt");
    }

    /**
     * The site to serve after a good rendering: the served site with the files rendered again put in and the removed
     * ones taken out (the session renders against its last good rendering, which is what is served), or the whole
     * new site when everything was rendered or nothing good was served yet.
     */
    private static SiteSnapshot served(SiteSnapshot current, BuildResult.Rendered result) {
        SiteDelta delta = result.delta();
        if (delta.whole() || current.files().isEmpty()) {
            return SiteSnapshot.of(result.files(), result.config().basePath(), current.files());
        }
        return current.withFiles(delta.rendered(), delta.removed()).withProblems(List.of());
    }

    /** What open pages are told: nothing when nothing changed, to swap the stylesheet when only CSS did, or reload. */
    private static String reloadEvent(SiteDelta delta) {
        if (delta.rendered().isEmpty() && delta.removed().isEmpty()) {
            return "none";
        }
        boolean cssOnly = delta.removed().isEmpty() && delta.rendered().stream()
                .allMatch(file -> file instanceof OutputFile.Copied && file.file().endsWith(".css"));
        return cssOnly ? "css" : "reload";
    }

    private static int changedFiles(SiteSnapshot before, SiteSnapshot after) {
        int changed = 0;
        for (var entry : after.files().entrySet()) {
            if (before.files().get(entry.getKey()) != entry.getValue()) { // unchanged files keep their entry
                changed++;
            }
        }
        for (String file : before.files().keySet()) {
            if (!after.files().containsKey(file)) {
                changed++;
            }
        }
        return changed;
    }

    private void report(BuildResult result, int changed) {
        result.diagnostics().forEach(diagnostic -> err.println(format.apply(diagnostic)));
        if (result instanceof BuildResult.Succeeded built) {
            BuildStats stats = built.stats();
            out.println("Built " + Plural.of(stats.articles(), "article") + ", " + Plural.of(stats.pages(), "page")
                    + " in " + stats.millis() + " ms" + (changed > 0 ? "; " + changed + " files changed" : "")
                    + (stats.templatesCompiled() ? "; templates compiled" : ""));
        } else {
            long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("byline: " + Plural.of(errors, "error") + (server.snapshot().files()
                    .isEmpty() ? "; no good build yet: pages show the errors until one" : "; still serving the last "
                    + "good site"));
        }
        out.flush();
        err.flush();
    }

    private void printTiming(SiteWatcher.Batch batch, String what) {
        out.println("  " + what + "; served " + (System.nanoTime() - batch.firstEventNanos()) / 1_000_000
                + " ms after the first file event (" + DEBOUNCE.toMillis() + " ms of that waiting for the editor)");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        server.stop();
    }
}
