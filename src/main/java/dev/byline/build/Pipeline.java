package dev.byline.build;

import dev.byline.diag.Diagnostics;
import dev.byline.output.OutputPlan;
import dev.byline.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code byline build}: renders the site with a {@link BuildSession} and, when there are no errors, swaps it into
 * the output folder. User mistakes never throw; an exception out of here is a bug in Byline (or, for
 * {@link IOException}, a file system that refused a write).
 */
public final class Pipeline {

    public BuildResult build(BuildRequest request) throws IOException {
        long start = System.nanoTime();
        BuildSession session = new BuildSession(request);
        Diagnostics diagnostics = new Diagnostics();
        List<Path> sourceDirs = List.of(request.sourceDir(), request.templatesDir(), request.cacheDir());
        if (!OutputPlan.checkOutputFolder(request.outputDir(), request.workingDir(), sourceDirs, session.display(),
                diagnostics)) {
            return BuildResult.failed(diagnostics);
        }
        BuildResult result = session.render();
        if (!result.succeeded()) {
            return result;
        }
        new SiteWriter(request.outputDir()).write(result.files());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(result.diagnostics(), result.stats().withMillis(millis), result.files(),
                result.site(), result.documents());
    }
}
