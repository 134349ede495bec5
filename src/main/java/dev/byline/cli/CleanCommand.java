package dev.byline.cli;

import dev.byline.build.CleanUp;
import dev.byline.io.FileProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline clean}: removes the built site and the cache. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Remove the built site and Byline's cache.",
                "Removes site-out/ and .byline-cache/; the next build makes both again (compiling a changed theme "
                        + "anew).",
                "Only folders Byline made go: an output folder without Byline's .byline-output mark, or a cache "
                        + "holding files of its own, is named and nothing at all is removed (exit 1)."})
final class CleanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-out",
            description = "The built site to remove (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = ".byline-cache",
            description = "The cache to remove (default: ${DEFAULT-VALUE}).")
    private Path cacheDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CleanUp cleanUp = new CleanUp(output, cacheDir);
        try {
            CleanUp.Removal removal = cleanUp.remove();
            if (!removal.problems().isEmpty()) {
                removal.problems().forEach(problem -> err.println("byline: " + problem + "; not removed"));
                err.println("byline: nothing was removed; delete what is yours to lose yourself, or point --output "
                        + "and --cache-dir at Byline's folders");
                err.flush();
                return ExitCodes.SITE_ERRORS;
            }
            List<Path> removed = removal.removed();
            out.println(removed.isEmpty() ? "Nothing to remove: no " + output + " or " + cacheDir + " here"
                    : "Removed " + removed.stream().map(Path::toString).collect(Collectors.joining(" and ")));
        } catch (IOException e) {
            err.println("byline: error: cannot remove: " + FileProblems.describe(e));
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        out.flush();
        return ExitCodes.OK;
    }
}
