package dev.byline.cli;

import dev.byline.build.BuildRequest;
import dev.byline.build.BuildResult;
import dev.byline.build.BuildProgress;
import dev.byline.build.BuildStats;
import dev.byline.build.SiteBuild;
import dev.byline.build.StageTime;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Plural;
import dev.byline.io.FileProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code byline build}: renders the site into the output folder, or reports every error and writes nothing. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the site into site-out/, ready to upload.",
                "Renders every page, feed and the sitemap and swaps them in whole; when nothing changed since the "
                        + "last build, nothing is written. On errors, each printed as file:line:col: error: "
                        + "message, nothing is written and the last good site stays as it was. Drafts and articles "
                        + "dated in the future are left out unless asked for."})
final class BuildCommand implements Callable<Integer> {

    private static final DateTimeFormatter NEWS_TIME = DateTimeFormatter.ofPattern(
            "EEEE, MMMM d, uuuu 'at' HH:mm zzz", Locale.ENGLISH);

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-out",
            description = "Output folder, replaced whole by each successful build (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Mixin
    private HeldArticleOptions held;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Verbosity verbosity = new Verbosity();

    /** How much a build says on success; problems are always printed. */
    static final class Verbosity {
        @Option(names = {"-q", "--quiet"},
                description = "Print nothing on success: no progress, no summary. Warnings and errors still go to "
                        + "standard error.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"},
                description = "After the summary, show how long each stage took and what the write changed.")
        boolean verbose;
    }

    @ParentCommand
    private BylineCommand byline;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildRequest request = site.request(output, held.drafts, held.future);
        BuildResult result;
        Console console = byline.console();
        ProgressLine progress = Terminal.stderrIsTerminal() && !verbosity.quiet ? new ProgressLine(err) : null;
        try {
            result = new SiteBuild(progress == null ? BuildProgress.NONE : progress, lockWait(err, progress))
                    .build(request);
        } catch (IOException e) {
            if (progress != null) {
                progress.clear();
            }
            err.println("byline: error: " + FileProblems.describe(e));
            if (site.stacktrace) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        if (progress != null) {
            progress.clear();
        }
        result.diagnostics().forEach(diagnostic -> err.println(console.diagnostic(diagnostic)));
        err.flush();
        if (!result.succeeded()) {
            long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("byline: " + Plural.of(errors, "error") + "; nothing was written"
                    + (Files.exists(output) ? ", " + output + " is unchanged" : ""));
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        if (verbosity.quiet) {
            return ExitCodes.OK;
        }
        BuildStats stats = result.built().stats(); // the failures went above
        out.println(stats.upToDate() ? upToDate(stats) : summary(stats));
        out.println(newsSchedule(stats));
        if (verbosity.verbose) {
            out.println("  stages: " + stats.stages().stream().map(StageTime::toString)
                    .collect(Collectors.joining(", ")));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Says once that this build waits for another one; the command line names this build in the other's wait. */
    private SiteBuild.LockWait lockWait(PrintWriter err, ProgressLine progress) {
        String command = String.join(" ", spec.commandLine().getParseResult().originalArgs());
        return new SiteBuild.LockWait("byline " + command, SiteBuild.LockWait.BRIEF.patience(), holder -> {
            if (progress != null) {
                progress.clear();
            }
            err.println("byline: waiting for another build of " + output + " to finish (" + holder.description()
                    + ")...");
            err.flush();
        });
    }

    private String summary(BuildStats stats) {
        StringBuilder line = new StringBuilder("Built ")
                .append(Plural.of(stats.articles(), "article")).append(", ")
                .append(Plural.of(stats.authors(), "author")).append(", ")
                .append(Plural.of(stats.pages(), "page")).append(" (")
                .append(Plural.of(stats.files(), "file")).append(unchanged(stats)).append(") into ").append(output)
                .append(" in ").append(stats.millis()).append(" ms");
        if (stats.templatesCompiled()) {
            line.append("; templates compiled");
        }
        if (stats.draftsHeld() > 0) {
            line.append("; ").append(Plural.of(stats.draftsHeld(), "draft")).append(" left out (--drafts)");
        }
        if (stats.expiredHeld() > 0) {
            line.append("; ").append(Plural.of(stats.expiredHeld(), "expired article")).append(" taken down");
        }
        if (stats.scheduledHeld() > 0) {
            line.append("; ").append(Plural.of(stats.scheduledHeld(), "future article")).append(" left out (--future)");
        }
        return line.toString();
    }

    private String upToDate(BuildStats stats) {
        return "Nothing changed since the last build: " + Plural.of(stats.articles(), "article") + ", "
                + Plural.of(stats.authors(), "author") + ", " + Plural.of(stats.pages(), "page") + " ("
                + Plural.of(stats.files(), "file") + ") in " + output + ", checked in " + stats.millis() + " ms";
    }

    /**
     * When the news sitemap, which lists the articles of the last 48 hours, next changes by the clock alone, in the
     * site's zone: the desk builds again then.
     */
    static String newsSchedule(BuildStats stats) {
        return stats.newsChange().map(change -> "The news sitemap changes on " + NEWS_TIME.format(change.at())
                        + (change.enters() ? ", when a scheduled article is published" : ", when an article leaves "
                        + "its 48 hours") + ": build again then.")
                .orElse("The news sitemap changes only when an article is published: no later build is due.");
    }

    private static String unchanged(BuildStats stats) {
        if (stats.filesUnchanged() == 0) {
            return "";
        }
        return stats.filesUnchanged() == stats.files() ? ", all unchanged"
                : ", " + (stats.files() - stats.filesUnchanged()) + " written";
    }
}
