package dev.byline.cli;

import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.check.SiteCheck;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Plural;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code byline check}: everything {@code build} validates, and what only a built site shows; writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the site before publishing; writes nothing.",
                "Everything build checks, then, in the site built in memory: every internal link and #fragment "
                        + "(in pages and feeds), image alt text, duplicate titles and missing descriptions. Exit 1 "
                        + "when there is an error."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private BylineCommand byline;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--external", description = "Also check links to other sites over the network (slow).")
    private boolean external;

    @Mixin
    private HeldArticleOptions held;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildResult built = new Pipeline(site.request(Path.of("site-out"), held.drafts, held.future)).render();
        List<Diagnostic> problems = new ArrayList<>(built.diagnostics());
        if (built instanceof BuildResult.Rendered rendered) {
            problems.addAll(new SiteCheck(external).check(rendered));
        }
        problems.stream().sorted().forEach(problem -> err.println(byline.console().diagnostic(problem)));
        err.flush();
        long errors = problems.stream().filter(Diagnostic::isError).count();
        long warnings = problems.size() - errors;
        String summary = "Checked " + (built instanceof BuildResult.Rendered rendered ? rendered.stats().pages()
                + " pages and " + rendered.files().size() + " files" : "the site (the build failed)") + ": "
                + Plural.of(errors, "error") + ", " + Plural.of(warnings, "warning")
                + (external ? "" : " (links to other sites not checked; --external to check them)");
        (errors > 0 ? err : out).println(summary);
        out.flush();
        err.flush();
        return errors > 0 ? ExitCodes.SITE_ERRORS : ExitCodes.OK;
    }
}
