package dev.byline.cli;

import dev.byline.assemble.PublishingRules.Verdict;
import dev.byline.build.BuildRequest;
import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.catalog.Catalog;
import dev.byline.catalog.CatalogEntry;
import dev.byline.diag.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code byline list}: the articles, newest first, with their state. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the articles with their date, state, words and authors.",
                "One line per article, newest first: date, state, words, authors, headline and file.",
                "Lists what byline build publishes; --drafts and --future add drafts and articles dated in the "
                        + "future, as they do for build, and --all adds expired ones too. STATE says what a plain "
                        + "build makes of each: published, draft, scheduled (dated in the future) or expired (past "
                        + "its expires: date). How many were left out is said on standard error, so that the table "
                        + "alone goes down a pipe. The site is checked as by build: on errors, nothing is listed."})
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private BylineCommand byline;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Mixin
    private HeldArticleOptions held;

    @Option(names = "--all", description = "Every article: drafts, scheduled and expired ones too.")
    private boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Console console = byline.console();
        BuildRequest request = site.request(Path.of("site-out"), held.drafts || all, held.future || all);
        BuildResult rendered = new Pipeline(request).render();
        rendered.diagnostics().forEach(diagnostic -> err.println(console.diagnostic(diagnostic)));
        if (!rendered.succeeded()) {
            long errors = rendered.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("byline: " + errors + (errors == 1 ? " error; fix it" : " errors; fix them") + " to list the "
                    + "articles");
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        List<CatalogEntry> catalog = Catalog.of(rendered.rendered(), request.rules());
        if (catalog.isEmpty()) {
            err.println("No articles yet; byline new \"Your Headline\" starts one.");
            err.flush();
            return ExitCodes.OK;
        }
        List<CatalogEntry> shown = new ArrayList<>();
        Map<Verdict, Integer> leftOut = new EnumMap<>(Verdict.class);
        for (CatalogEntry entry : catalog) {
            if (all || entry.verdict() == Verdict.PUBLISH) {
                shown.add(entry);
            } else {
                leftOut.merge(entry.verdict(), 1, Integer::sum);
            }
        }
        new ArticleTable(console).print(shown, out);
        out.flush();
        if (!leftOut.isEmpty()) {
            err.println(leftOutLine(leftOut));
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** {@code Not listed: 2 drafts (--drafts), 1 scheduled (--future).} */
    private static String leftOutLine(Map<Verdict, Integer> leftOut) {
        List<String> parts = new ArrayList<>();
        leftOut.forEach((state, count) -> parts.add(count + " " + switch (state) {
            case DRAFT -> (count == 1 ? "draft" : "drafts") + " (--drafts)";
            case SCHEDULED -> "scheduled (--future)";
            case EXPIRED -> "expired (--all)";
            case PUBLISH -> throw new IllegalStateException("a published article was left out");
        }));
        return "Not listed: " + String.join(", ", parts) + ".";
    }
}
