package dev.byline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs byline commands in process, as Main does, keeping what they print on each stream. */
final class CommandRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs on a console without colour, as when the output goes to a file. */
    int run(String... args) {
        return run(BylineCommand.commandLine(Console.PLAIN), args);
    }

    int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    /** Everything printed on standard output so far. */
    String out() {
        return out.toString();
    }

    /** Everything printed on standard error so far. */
    String err() {
        return err.toString();
    }
}
