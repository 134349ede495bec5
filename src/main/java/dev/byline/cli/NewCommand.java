package dev.byline.cli;

import dev.byline.content.DateParser;
import dev.byline.content.Slugs;
import dev.byline.diag.Diagnostics;
import dev.byline.io.FileProblems;
import dev.byline.scaffold.AuthorChoice;
import dev.byline.scaffold.ExistingSite;
import dev.byline.scaffold.NewArticle;
import dev.byline.scaffold.NewFiles;
import dev.byline.source.DisplayPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code byline new}: an article's file with its front matter filled in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Start an article, and print its file's path.",
                "Writes content/articles/<slug>.md with its front matter filled in and prints its path, so that "
                        + "$EDITOR \"$(byline new 'Headline')\" opens it. The slug comes from the headline "
                        + "(\"Café Society\" -> cafe-society.md). The date is today in the site's time zone; the "
                        + "author is the registry's only writer unless --author says otherwise. Never overwrites an "
                        + "existing file."})
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    private BylineCommand byline;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "HEADLINE", description = "The article's title; quote it: \"Why Our Town Needs a "
            + "Night Bus\".")
    private String headline;

    @Option(names = "--author", paramLabel = "SLUG|NAME",
            description = "Who wrote it: a slug from content/authors/ (jane-doe), a registry writer's name in any "
                    + "case, or the name of a writer not in the registry, printed as given (\"Jane Doe\"). Needed "
                    + "when the registry does not have exactly one writer.")
    private String author;

    @Option(names = "--tags", paramLabel = "TAG", split = ",",
            description = "Tags, separated by commas: --tags transport,cities.")
    private List<String> tags = List.of();

    @Option(names = "--date", paramLabel = "DATE",
            description = "Publication date instead of today: 2025-08-15 or 2025-08-15T09:30, in the site's time "
                    + "zone. A date in the future keeps the article back until then.")
    private String date;

    @Option(names = "--draft", description = "Mark it draft: true, so that builds leave it out until you remove "
            + "the line (serve shows it).")
    private boolean draft;

    @Option(names = "--slug", paramLabel = "SLUG",
            description = "File name and URL slug instead of the headline's: lower-case letters, digits and "
                    + "hyphens. Needed when the headline has no Latin letters or digits.")
    private String slug;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder holding site.yaml and articles/ (default: ${DEFAULT-VALUE}).")
    private Path source;

    /** A value the command line gave that cannot be used: reported with exit code 2, without the whole usage. */
    private static final class WrongValue extends Exception {
        WrongValue(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return write(spec.commandLine().getOut(), err);
        } catch (WrongValue wrong) {
            err.println("byline: " + wrong.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    private int write(PrintWriter out, PrintWriter err) throws WrongValue {
        if (headline.isBlank()) {
            throw new WrongValue("the headline is blank; give one in quotes: byline new \"Why Our Town Needs a "
                    + "Night Bus\"");
        }
        DisplayPaths display = new DisplayPaths(Path.of("").toAbsolutePath());
        Diagnostics diagnostics = new Diagnostics();
        Optional<ExistingSite> site = ExistingSite.read(source, display, diagnostics);
        diagnostics.sorted().forEach(diagnostic -> err.println(byline.console().diagnostic(diagnostic)));
        err.flush();
        if (site.isEmpty()) {
            return ExitCodes.SITE_ERRORS;
        }
        NewArticle article = new NewArticle(headline.strip(), date(site.get().config().timezone()),
                author(site.get()), tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).toList(), draft);
        String file = "articles/" + slug() + ".md";
        String shown = display.of(source.resolve(file));
        if (!NewFiles.inTheWay(source, List.of(file)).isEmpty()) {
            err.println("byline: " + shown + " already exists; edit it, or give the new article another --slug");
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        try {
            NewFiles.write(source, Map.of(file, article.bytes()));
        } catch (IOException e) {
            err.println("byline: error: cannot write " + shown + ": " + FileProblems.describe(e));
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        out.println(shown);
        out.flush();
        return ExitCodes.OK;
    }

    private String slug() throws WrongValue {
        if (slug != null) {
            if (!Slugs.isValid(slug)) {
                throw new WrongValue("--slug " + slug + " may only contain lower-case letters, digits and single "
                        + "hyphens" + (Slugs.slugify(slug).isEmpty() ? "" : "; try " + Slugs.slugify(slug)));
            }
            return slug;
        }
        String fromHeadline = Slugs.slugify(headline);
        if (fromHeadline.isEmpty()) {
            throw new WrongValue("the headline gives no file name (it has no Latin letters or digits); give one "
                    + "with --slug, such as --slug night-bus");
        }
        return fromHeadline;
    }

    /** The date line's value: as given once a build would read it, else today in the site's zone. */
    private String date(ZoneId zone) throws WrongValue {
        if (date == null) {
            return LocalDate.now(zone).toString();
        }
        if (DateParser.parse(date, zone) instanceof DateParser.Invalid invalid) {
            throw new WrongValue("--date " + invalid.message());
        }
        return date.strip();
    }

    private AuthorChoice.Chosen author(ExistingSite site) throws WrongValue {
        AuthorChoice choice = AuthorChoice.of(author, site.registry());
        if (choice instanceof AuthorChoice.Unresolved unresolved) {
            throw new WrongValue(unresolved.reason());
        }
        return (AuthorChoice.Chosen) choice;
    }
}
