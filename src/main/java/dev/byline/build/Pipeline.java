package dev.byline.build;

import dev.byline.diag.Diagnostics;
import dev.byline.output.OutputPlan;
import dev.byline.output.SiteWriter;
import dev.byline.output.WriteReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code byline build}: renders the site with a {@link BuildSession} and, when there are no errors, writes it into
 * the output folder: only the files that changed when the folder is as the last build left it, and nothing at all
 * when no input changed either ({@link LastBuild}). User mistakes never throw; an exception out of here is a bug in
 * Byline (or, for {@link IOException}, a file system that refused a write).
 */
public final class Pipeline {

    /** The cache's folder for what each output folder's last build wrote and read. */
    static final String RECORDS_FOLDER = "output";

    private final BuildProgress progress;

    public Pipeline() {
        this(BuildProgress.NONE);
    }

    public Pipeline(BuildProgress progress) {
        this.progress = progress;
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
        StageClock upToDateCheck = new StageClock(progress);
        upToDateCheck.begin("up-to-date check", 0);
        Path records = request.cacheDir().resolve(RECORDS_FOLDER);
        String outputId = UUID.nameUUIDFromBytes(request.outputDir().toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8)).toString();
        Path lastBuildFile = records.resolve(outputId + ".last-build");
        SiteWriter writer = new SiteWriter(request.outputDir(), records.resolve(outputId + ".manifest"));
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
        WriteReport written = writer.write(result.files(), progress::advanced);
        stages.addAll(result.stats().stages());
        stages.addAll(clock.end());
        BuildResult built = new BuildResult(result.diagnostics(),
                result.stats().withWrite(written, millisSince(start), stages), result.files(), result.site(),
                result.documents());
        if (stamp.isPresent()) {
            LastBuild.of(stamp.get(), built, request.rules()).write(lastBuildFile);
        }
        return built;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
