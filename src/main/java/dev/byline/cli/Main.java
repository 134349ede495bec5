package dev.byline.cli;

/** The command line's entry point, and the only place that exits the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = BylineCommand.commandLine().execute(args);
        } catch (Throwable error) { // an Error such as OutOfMemoryError escapes picocli's exception handler
            BylineCommand.reportBug(error, new java.io.PrintWriter(System.err, true));
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }
}
