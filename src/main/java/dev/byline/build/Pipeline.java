package dev.byline.build;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.output.OutputLock;
import dev.byline.output.OutputPlan;
import dev.byline.output.SiteWriter;
import dev.byline.output.WriteReport;
import dev.byline.source.DisplayPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code byline build}: renders the site with a {@link BuildSession} and, when there are no errors, writes it into
 * the output folder: only the files that changed when the folder is as the last build left it, and nothing at all
 * when no input changed either ({@link LastBuild}). One write at a time per output folder ({@link OutputLock}):
 * another build renders meanwhile, waits a few seconds for the lock, then gives up with an error naming the holder. User mistakes never
 * throw; an exception out of here is a bug in Byline (or, for {@link IOException}, a file system that refused a
 * write).
 */
public final class Pipeline {

    /** The cache's folder for what each output folder's last build wrote and read. */
    static final String RECORDS_FOLDER = "output";

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

    public Pipeline() {
        this(BuildProgress.NONE, LockWait.BRIEF);
    }

    public Pipeline(BuildProgress progress, LockWait lockWait) {
        this.progress = progress;
        this.lockWait = lockWait;
    }

    public BuildResult build(BuildRequest request) throws IOException {
        long start = System.nanoTime();
        BuildSession session = new BuildSession(request);
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
        Optional<String> stamp = InputStamp.of(request);
        Optional<LastBuild> last = stamp.flatMap(current -> LastBuild.read(lastBuildFile)
                .filter(recorded -> recorded.stillHolds(current, request.rules().now())));
        if (last.isPresent() && writer.isAsLastWritten()) {
            return new BuildResult(last.get().diagnostics(), last.get().stats().asUpToDate(millisSince(start),
                    upToDateCheck.end()), List.of(), null, List.of());
        }
        LastBuild.forget(lastBuildFile);
        List<StageTime> stages = new ArrayList<>(upToDateCheck.end());

        BuildResult result = session.render(progress);
        if (!result.succeeded()) {
            return result;
        }
        StageClock clock = new StageClock(progress);
        clock.begin("write", result.files().size());
        Diagnostics unreadable = new Diagnostics();
        Optional<WriteReport> written = holdingTheFolder(request, busy,
                () -> writer.write(result.files(), progress::advanced, unreadable));
        if (written.isEmpty()) {
            return BuildResult.failed(busy);
        }
        if (unreadable.hasErrors()) {
            result.diagnostics().forEach(unreadable::add);
            return BuildResult.failed(unreadable);
        }
        stages.addAll(result.stats().stages());
        stages.addAll(clock.end());
        BuildResult built = new BuildResult(result.diagnostics(),
                result.stats().withWrite(written.get(), millisSince(start), stages), result.files(), result.site(),
                result.documents());
        if (stamp.isPresent()) {
            LastBuild.of(stamp.get(), built, request.rules()).write(lastBuildFile);
        }
        return built;
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
        return UUID.nameUUIDFromBytes(request.outputDir().toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
