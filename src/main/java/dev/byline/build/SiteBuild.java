package dev.byline.build;

import dev.byline.cache.LastRenderingFile;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.output.Draft;
import dev.byline.output.OutputFile;
import dev.byline.output.OutputLock;
import dev.byline.output.OutputPlan;
import dev.byline.output.SiteWriter;
import dev.byline.output.WriteReport;
import dev.byline.source.DisplayPaths;
import dev.byline.source.Scan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * {@code byline build}: renders the site with a {@link Pipeline} and, when there are no errors, writes it into
 * the output folder: only the files that changed when the folder is as the last build left it, and nothing at all
 * when no input changed either ({@link LastBuild}). One write at a time per output folder ({@link OutputLock}):
 * another build renders meanwhile, waits a few seconds for the lock, then gives up with an error naming the holder.
 * The check that the rendered site is still the newest, the write and its record happen under one hold of the
 * lock, so an older site never replaces a newer one. User mistakes never
 * throw; an exception out of here is a bug in Byline (or, for {@link IOException}, a file system that refused a
 * write).
 */
public final class SiteBuild {

    /** The cache's folder for what each output folder's last build wrote and read. */
    static final String RECORDS_FOLDER = "output";
    /** The cache's folder for what builds learnt of the content, whatever the output folder. */
    static final String CONTENT_FOLDER = "build";

    /** How many times a build renders again when the content keeps changing while it renders, before giving up. */
    private static final int RENDERS_WHILE_EDITED = 3;

    private final BuildProgress progress;
    private final LockWait lockWait;

    /**
     * How a build waits for another one writing the same output folder.
     *
     * @param command  how this build is named in the other's message, e.g. {@code byline build --drafts}
     * @param patience how long it waits before giving up
     * @param onWait   hears, once, that it waits and for whom
     */
    public record LockWait(String command, Duration patience, Consumer<OutputLock.Holder> onWait) {
        /** A few seconds, in silence. */
        public static final LockWait BRIEF = new LockWait("byline build", Duration.ofSeconds(5), holder -> { });
    }

    public SiteBuild() {
        this(BuildProgress.NONE, LockWait.BRIEF);
    }

    public SiteBuild(BuildProgress progress, LockWait lockWait) {
        this.progress = progress;
        this.lockWait = lockWait;
    }

    public BuildResult build(BuildRequest request) throws IOException {
        Pipeline session = Pipeline.keepingParsesIn(request,
                request.cacheDir().resolve(CONTENT_FOLDER).resolve(idOf(request.sourceDir()) + ".articles"));
        BuildResult result = build(request, session);
        session.saveParses(); // written beside the rendering since the parse: a failed build's parses count too
        return result;
    }

    private BuildResult build(BuildRequest request, Pipeline session) throws IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        List<Path> sourceDirs = List.of(request.sourceDir(), request.templatesDir(), request.cacheDir());
        if (!OutputPlan.checkOutputFolder(request.outputDir(), request.workingDir(), sourceDirs, session.display(),
                diagnostics)) {
            return BuildResult.failed(diagnostics);
        }
        CacheVersion.claim(request.cacheDir());
        SiteWriter writer = writer(request);
        Diagnostics busy = new Diagnostics();
        if (writer.wasCut() && holdingTheFolder(request, busy, writer::recover).isEmpty()) {
            return BuildResult.failed(busy); // a swap a killed build left half done is finished before anything
        }
        StageClock upToDateCheck = new StageClock(progress);
        upToDateCheck.begin("up-to-date check", 0);
        Path lastBuildFile = records(request).resolve(outputId(request) + ".last-build");
        Scan scan = session.scan(); // the walk the rendering uses too
        Optional<String> stamp = InputStamp.of(request, scan);
        Optional<BuildResult> upToDate = alreadyBuilt(request, writer, lastBuildFile, stamp, start,
                upToDateCheck.end());
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        List<StageTime> checkStages = upToDateCheck.end();
        Path lastRenderingFile = records(request).resolve(outputId(request) + ".rendering");
        List<Diagnostic> cacheWarnings = resume(session, writer, lastRenderingFile);
        for (int render = 1; render <= RENDERS_WHILE_EDITED; render++) {
            if (render > 1) {
                scan = session.scan();
                stamp = InputStamp.of(request, scan);
            }
            Optional<Draft> draft = writer.draft(); // pages go to disk as they render when the site is made whole
            try {
                // parses again only the articles that changed, renders again only what the changes touch
                BuildResult rendering = session.render(progress, scan,
                        draft.<UnaryOperator<OutputFile>>map(taken -> taken::put).orElse(UnaryOperator.identity()))
                        .withWarnings(cacheWarnings);
                if (!(rendering instanceof BuildResult.Rendered result)) {
                    return rendering;
                }
                Optional<String> renderedFrom = stamp;
                Optional<Optional<BuildResult>> swapped = holdingTheFolder(request, busy,
                        () -> writeIfStillCurrent(request, session, new Writing(writer, draft),
                                new Records(lastBuildFile, lastRenderingFile), renderedFrom, result, start,
                                checkStages));
                if (swapped.isEmpty()) {
                    return BuildResult.failed(busy);
                }
                if (swapped.get().isPresent()) {
                    return swapped.get().get();
                }
                if (draft.isPresent()) {
                    session.renderAllNext(); // the pages rendered went into the draft, which goes
                }
            } finally {
                if (draft.isPresent()) {
                    draft.get().discard();
                }
            }
        }
        diagnostics.add(Position.ofFile(session.display().of(request.sourceDir().toAbsolutePath().normalize()))
                .error("the content changed while the site was being built, " + RENDERS_WHILE_EDITED
                        + " times in a row; build again once the changes are saved"));
        return BuildResult.failed(diagnostics);
    }

    /**
     * Lets the session go on from the last build's rendering when the output folder holds exactly what that build
     * wrote; a record that cannot be trusted is ignored, with a warning, and everything is rendered.
     */
    private static List<Diagnostic> resume(Pipeline session, SiteWriter writer, Path lastRenderingFile) {
        if (!writer.isAsLastWritten()) {
            return List.of();
        }
        LastRenderingFile.Loaded loaded = LastRenderingFile.read(lastRenderingFile);
        loaded.rendering().ifPresent(session::resume);
        return loaded.warning().map(reason -> List.of(Position.ofFile(session.display()
                .of(lastRenderingFile.toAbsolutePath().normalize())).warning("the record of the last build was not "
                + "used (" + reason + "); every page is rendered again"))).orElse(List.of());
    }

    /** The cache's records of an output folder: the last build's result, and its rendering. */
    private record Records(Path lastBuild, Path lastRendering) {
    }

    /** The output folder's writer, and the draft the rendering went into, if it had one. */
    private record Writing(SiteWriter writer, Optional<Draft> draft) {
    }

    /**
     * The last build's result again, when it read the inputs as they are now and the output folder is as it left
     * it: then there is nothing to do.
     */
    private static Optional<BuildResult> alreadyBuilt(BuildRequest request, SiteWriter writer, Path lastBuildFile,
                                                      Optional<String> stamp, long start, List<StageTime> stages) {
        Optional<LastBuild> last = stamp.flatMap(current -> LastBuild.read(lastBuildFile)
                .filter(recorded -> recorded.stillHolds(current, request.rules().now())));
        if (last.isEmpty() || !writer.isAsLastWritten()) {
            return Optional.empty();
        }
        return Optional.of(new BuildResult.UpToDate(last.get().diagnostics(),
                last.get().stats().asUpToDate(millisSince(start), stages)));
    }

    /**
     * Under the output folder's lock: swaps in the rendered site and records it, unless it is already old. Another
     * build may have rendered and written while this one rendered; swapping in after it would put an older site
     * over a newer one. So when the inputs changed since {@code renderedFrom} was taken, nothing is written and the
     * result is empty (render again: the user asked for the site of the content as it is); and when a build of
     * these very inputs finished meanwhile, its site stays and its result is returned, as for an unchanged site.
     */
    private Optional<BuildResult> writeIfStillCurrent(BuildRequest request, Pipeline session, Writing writing,
                                                      Records records, Optional<String> renderedFrom,
                                                      BuildResult.Rendered result, long start,
                                                      List<StageTime> checkStages)
            throws IOException {
        Path lastBuildFile = records.lastBuild();
        Optional<String> stamp = InputStamp.of(request, session.scan()); // what is there now, under the lock
        if (!stamp.equals(renderedFrom)) {
            return Optional.empty();
        }
        List<StageTime> stages = new ArrayList<>(checkStages);
        stages.addAll(result.stats().stages());
        SiteWriter writer = writing.writer();
        Optional<BuildResult> writtenMeanwhile = alreadyBuilt(request, writer, lastBuildFile, stamp, start, stages);
        if (writtenMeanwhile.isPresent()) {
            return writtenMeanwhile;
        }
        LastBuild.forget(lastBuildFile);
        LastRenderingFile.forget(records.lastRendering());
        StageClock clock = new StageClock(progress);
        clock.begin("write", result.files().size());
        Diagnostics unreadable = new Diagnostics();
        WriteReport written;
        try {
            written = writer.write(result.files(), writing.draft(), progress::advanced, unreadable);
        } catch (SiteWriter.KeptFileChanged changedMeanwhile) { // by hand, or by a build of other settings
            session.renderAllNext();
            return Optional.empty();
        }
        if (unreadable.hasErrors()) {
            result.diagnostics().forEach(unreadable::add);
            return Optional.of(BuildResult.failed(unreadable));
        }
        stages.addAll(clock.end());
        BuildResult.Rendered built = new BuildResult.Rendered(result.diagnostics(),
                result.stats().withWrite(written, millisSince(start), stages), result.files(), result.site(),
                result.documents(), result.delta());
        if (stamp.isPresent()) {
            LastBuild.of(stamp.get(), built, request.rules()).write(lastBuildFile);
        }
        if (!written.fingerprints().isEmpty() && session.lastRendering().isPresent()) {
            LastRenderingFile.write(records.lastRendering(),
                    session.lastRendering().get().writtenAs(written.fingerprints()));
        }
        return Optional.of(built);
    }

    /** Work on the output folder, which only one build at a time may do. */
    @FunctionalInterface
    private interface FolderWork<T> {
        T run() throws IOException;
    }

    /**
     * Does {@code work} holding the output folder's lock. Only the write (and a recovery) holds it, so two builds
     * render side by side and the second waits only while the first writes. Empty, with the holder reported into
     * {@code busy}, when another build kept it past this one's patience.
     */
    private <T> Optional<T> holdingTheFolder(BuildRequest request, Diagnostics busy, FolderWork<T> work)
            throws IOException {
        try (OutputLock.Acquired acquired = OutputLock.acquire(request.outputDir(), lockWait.command(),
                lockWait.patience(), lockWait.onWait())) {
            if (acquired.taken().isEmpty()) {
                busy.add(Position.ofFile(new DisplayPaths(request.workingDir())
                        .of(request.outputDir().toAbsolutePath().normalize()))
                        .error("another build is writing this folder (" + acquired.holder().description()
                                + "); wait for it to finish, then build again"));
                return Optional.empty();
            }
            return Optional.of(work.run());
        }
    }

    /** The writer of the request's output folder, with its manifests in the cache. */
    static SiteWriter writer(BuildRequest request) {
        return new SiteWriter(request.outputDir(), records(request).resolve(outputId(request)));
    }

    private static Path records(BuildRequest request) {
        return request.cacheDir().resolve(RECORDS_FOLDER);
    }

    /** What the cache's records of an output folder are named after: its absolute path. */
    private static String outputId(BuildRequest request) {
        return idOf(request.outputDir());
    }

    /** A name for a folder's records in the cache, from its absolute path (one cache may serve several sites). */
    private static String idOf(Path folder) {
        return UUID.nameUUIDFromBytes(folder.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
