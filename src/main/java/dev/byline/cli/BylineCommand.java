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
        description = "Publishes op-ed articles written in Markdown as a static website.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, CommandLine.HelpCommand.class})
public final class BylineCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** A command line with Byline's exit codes: 2 for usage errors, 3 (with a stack trace) for bugs. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BylineCommand());
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

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BylineVersion version = BylineVersion.current();
            return new String[] {"byline " + version.version() + " (Java " + Runtime.version() + ")"};
        }
    }
}
