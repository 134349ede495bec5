package dev.byline.cli;

/** The command line's entry point, and the only place that exits the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(BylineCommand.commandLine().execute(args));
    }
}
