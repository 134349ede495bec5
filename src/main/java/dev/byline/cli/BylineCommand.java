package dev.byline.cli;

import dev.byline.BylineVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code byline}: the top command; on its own it prints help. */
@Command(name = "byline",
        mixinStandardHelpOptions = true,
        versionProvider = BylineCommand.Version.class,
        description = {"Publishes op-ed articles written in Markdown as a static website.",
                "Run it in your site's folder (the one holding content/ and templates/); every command takes --help."},
        commandListHeading = "%nCommands:%n",
        subcommands = {InitCommand.class, NewCommand.class, ListCommand.class, ServeCommand.class,
                BuildCommand.class, CheckCommand.class, CleanCommand.class, ImportCommand.class,
                CompletionCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (warnings allowed)",
                "1:the site has errors, or a file is in the way",
                "2:wrong command line",
                "3:a bug in Byline, printed with a stack trace: please report it"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  byline init mysite               a new site with an example article",
                "  cd mysite",
                "  byline new \"Why Our Town Needs a Night Bus\" --tags transport,cities",
                "  byline serve                     preview at http://127.0.0.1:4000/",
                "  byline list --drafts --future    every article with its state",
                "  byline build                     the site into site-out/, to upload",
                "",
                "Results go to standard output; problems go to standard error, each as",
                "file:line:col: error: message. Colour only on a terminal, and never with",
                "NO_COLOR set (https://no-color.org)."})
public final class BylineCommand implements Runnable {

    private final Console console;

    @Spec
    private CommandSpec spec;

    private BylineCommand(Console console) {
        this.console = console;
    }

    /** A command line with Byline's exit codes: 2 for usage errors, 3 (with a stack trace) for bugs. */
    public static CommandLine commandLine() {
        return commandLine(Console.detect());
    }

    /** As {@link #commandLine()}, with the console given rather than detected. */
    static CommandLine commandLine(Console console) {
        CommandLine commandLine = new CommandLine(new BylineCommand(console));
        commandLine.setColorScheme(console.outScheme());
        commandLine.setParameterExceptionHandler((problem, args) -> {
            // picocli's own handler writes the usage to standard error with standard output's colours
            CommandLine failed = problem.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println(console.errScheme().errorText(problem.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(problem, err)) {
                failed.usage(err, console.errScheme());
            }
            err.flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            reportBug(exception, failed.getErr());
            return ExitCodes.INTERNAL;
        });
        return commandLine;
    }

    static void reportBug(Throwable problem, PrintWriter err) {
        err.println("byline: internal error: " + problem);
        err.println("This is a bug in Byline. Please report it with the command you ran and this trace:");
        problem.printStackTrace(err);
        err.flush();
    }

    /** How output looks on this process's terminal; the subcommands reach it as their parent command's. */
    Console console() {
        return console;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BylineVersion version = BylineVersion.current();
            return new String[] {"byline " + version.describe(), "Java " + Runtime.version()};
        }
    }
}
