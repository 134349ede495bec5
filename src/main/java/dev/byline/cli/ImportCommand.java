package dev.byline.cli;

import dev.byline.build.BuildProgress;
import dev.byline.diag.Diagnostic;
import dev.byline.importer.ImportReport;
import dev.byline.importer.NewSiteWriter;
import dev.byline.importer.SiteImport;
import dev.byline.importer.SiteReading;
import dev.byline.importer.hugo.HugoSiteReader;
import dev.byline.importer.jekyll.JekyllSiteReader;
import dev.byline.io.FileProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code byline import jekyll|hugo}: a Byline site made from another generator's. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Make a Byline site from a Jekyll or Hugo site.",
                "Reads the old site's folder without changing anything in it, and writes a new site into an empty "
                        + "folder: content/site.yaml from the old settings, an article per post, an author file "
                        + "per writer, the images and files the posts use, and import-report.txt, which lists "
                        + "what could not be imported or converted and every post's old address."},
        subcommands = {ImportCommand.Jekyll.class, ImportCommand.Hugo.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every post was imported", "1:some posts could not be (each named, with why)",
                "2:wrong command line, a folder that is not such a site, or a new folder that is not empty"})
final class ImportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private BylineCommand byline;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** How each generator's folder is read. */
    private interface Reader {
        SiteReading read(Path root) throws IOException;
    }

    @Command(name = "jekyll", mixinStandardHelpOptions = true,
            description = "Import a Jekyll site: _config.yml, _posts/ (and <category>/_posts/), _drafts/, "
                    + "_authors/ and _data/authors.yml.")
    static final class Jekyll extends Run {
        @Override
        Reader reader() {
            return JekyllSiteReader::read;
        }
    }

    @Command(name = "hugo", mixinStandardHelpOptions = true,
            description = "Import a Hugo site: hugo.toml or config.toml (or YAML, JSON, config/_default/), the "
                    + "pages of content/ with their bundles, data/authors.")
    static final class Hugo extends Run {
        @Override
        Reader reader() {
            return HugoSiteReader::read;
        }
    }

    /** What both subcommands do: read, map, write, report. */
    abstract static class Run implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        ImportCommand command;

        @Parameters(paramLabel = "SITE_DIR", description = "The old site's folder; nothing in it is changed.")
        Path siteDir;

        @Option(names = "--into", paramLabel = "NEW_DIR", required = true,
                description = "The folder for the new site: missing or empty.")
        Path newDir;

        abstract Reader reader();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path old = siteDir.toAbsolutePath().normalize();
            Path into = newDir.toAbsolutePath().normalize();
            if (!Files.isDirectory(old)) {
                return fail(err, siteDir + " is not a folder; give the old site's folder");
            }
            if (into.startsWith(old)) {
                return fail(err, newDir + " is inside " + siteDir + ", which import never changes; give a folder "
                        + "outside it");
            }
            try {
                if (Files.exists(into) && (!Files.isDirectory(into) || !isEmpty(into))) {
                    return fail(err, newDir + (Files.isDirectory(into) ? " is not empty" : " is a file")
                            + "; give import a new or empty folder, so that nothing is overwritten");
                }
                ProgressLine progress = Terminal.stderrIsTerminal() ? new ProgressLine(err) : null;
                SiteReading reading = reader().read(old);
                if (reading instanceof SiteReading.NotASite notASite) {
                    return fail(err, notASite.message());
                }
                SiteImport.Result result = SiteImport.run(((SiteReading.Read) reading).site(),
                        progress == null ? BuildProgress.NONE : progress);
                NewSiteWriter.write(into, result.site());
                if (progress != null) {
                    progress.clear();
                }
                return report(out, err, result.report(), into);
            } catch (IOException e) {
                err.println("byline: error: " + FileProblems.describe(e));
                err.flush();
                return ExitCodes.SITE_ERRORS;
            }
        }

        private int report(PrintWriter out, PrintWriter err, ImportReport report, Path into) {
            Console console = command.byline.console();
            for (Diagnostic failed : report.failed()) {
                err.println(console.diagnostic(failed));
            }
            err.flush();
            report.summary().forEach(out::println);
            out.println("The new site is in " + newDir + "; the report is " + into.resolve(ImportReport.FILE));
            out.println("Next: cd " + newDir + " && byline build");
            out.flush();
            return report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.SITE_ERRORS;
        }

        private static boolean isEmpty(Path folder) throws IOException {
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.findAny().isEmpty();
            }
        }

        private static int fail(PrintWriter err, String message) {
            err.println("byline: " + message);
            err.flush();
            return ExitCodes.USAGE;
        }
    }
}
