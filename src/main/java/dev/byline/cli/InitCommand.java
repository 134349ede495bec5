package dev.byline.cli;

import dev.byline.io.FileProblems;
import dev.byline.scaffold.NewFiles;
import dev.byline.scaffold.StarterSite;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code byline init}: a new site that builds at once. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Start a new site, ready to build and to edit.",
                "Writes content/site.yaml (the settings, commented), an example article in content/articles/ by an "
                        + "example author in content/authors/, an About and a Submit an Op-Ed page in "
                        + "content/pages/ (both in the navigation), content/static/images/ for pictures, and a "
                        + ".gitignore for what builds make. The theme stays built in: to change a template, copy "
                        + "just that file from Byline's templates/ folder into a templates/ folder of the site. "
                        + "Dates are read in this computer's time zone; change timezone: in site.yaml to publish on "
                        + "another clock.",
                "Never overwrites: when any of these files exists, it names them and writes nothing."})
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
            description = "Folder for the site, made when missing (default: the current folder).")
    private Path dir;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The site's title (default: from the folder's name, night-desk -> Night Desk).")
    private String title;

    @Option(names = "--author", paramLabel = "NAME", defaultValue = "Jane Doe",
            description = "The example author's name, the first writer of content/authors/ (default: "
                    + "${DEFAULT-VALUE}). byline new signs articles with this writer while they are the only one.")
    private String author;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (title != null && title.isBlank()) {
            return fail(err, ExitCodes.USAGE, "--title is blank; give the site's title, such as --title \"The Campus "
                    + "Opinion\"");
        }
        if (author.isBlank()) {
            return fail(err, ExitCodes.USAGE, "--author is blank; give the example writer's name, such as --author "
                    + "\"Maren Okafor\"");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return fail(err, ExitCodes.SITE_ERRORS, dir + " is a file; give init a folder");
        }
        StarterSite site = starterSite();
        Map<String, byte[]> files = site.files();
        Set<String> inTheWay = NewFiles.inTheWay(dir, files.keySet());
        if (!inTheWay.isEmpty()) {
            return fail(err, ExitCodes.SITE_ERRORS, describe(dir) + " already has " + String.join(", ", inTheWay)
                    + "; nothing was written (init never overwrites: start the site in an empty folder)");
        }
        try {
            NewFiles.write(dir, files);
        } catch (IOException e) {
            return fail(err, ExitCodes.SITE_ERRORS, "error: cannot write the new site: "
                    + FileProblems.describe(e));
        }
        printNextSteps(out, site, files);
        return ExitCodes.OK;
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println("byline: " + message);
        err.flush();
        return code;
    }

    /** The site for the options, with dates in this computer's zone: the writer's, as a rule. */
    private StarterSite starterSite() {
        ZoneId zone = ZoneId.systemDefault();
        return new StarterSite(title == null ? folderTitle() : title.strip(), author.strip(), zone,
                LocalDate.now(zone));
    }

    private String folderTitle() {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return StarterSite.defaultTitle(name == null ? "" : name.toString());
    }

    private void printNextSteps(PrintWriter out, StarterSite site, Map<String, byte[]> files) {
        out.println("Started \"" + site.title() + "\" in " + describe(dir) + ":");
        files.keySet().stream().filter(file -> file.startsWith("content/")
                && !file.startsWith(StarterSite.IMAGES_FOLDER)).forEach(file -> out.println("  " + file));
        out.println("  " + StarterSite.IMAGES_FOLDER + " (for pictures; content/static/ is copied to the site as "
                + "it is)");
        out.println("  .gitignore");
        out.println();
        out.println("The theme is built in. To change a template, copy just that file into a templates/ folder");
        out.println("here and edit it; the others stay built in. The theme's files are in " + themeSource());
        out.println();
        out.println("Next:");
        if (!isCurrentFolder(dir)) {
            out.println("  cd " + dir);
        }
        out.println("  byline serve                  preview at http://127.0.0.1:4000/ while you write");
        out.println("  byline new \"Your Headline\"    start an article");
        out.println("  byline build                  write the site into site-out/, ready to upload");
        out.flush();
    }

    /**
     * Where the built-in theme's files are: the templates/ folder of the repository Byline runs from, whose target/
     * holds the jar (or, in Byline's own tests, the classes).
     */
    private static String themeSource() {
        CodeSource code = InitCommand.class.getProtectionDomain().getCodeSource();
        try {
            Path target = code == null ? null : Path.of(code.getLocation().toURI()).getParent();
            Path theme = target == null || target.getParent() == null ? null : target.getParent().resolve("templates");
            if (theme != null && Files.isRegularFile(theme.resolve("layout.jte"))) {
                return theme + File.separator;
            }
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            // said in words below
        }
        return "the templates/ folder of Byline's repository";
    }

    private static String describe(Path dir) {
        return isCurrentFolder(dir) ? "this folder" : dir.toString();
    }

    private static boolean isCurrentFolder(Path dir) {
        return dir.toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath());
    }
}
