package dev.byline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the process's standard streams are connected to. */
final class Terminal {

    private static final int STDOUT = 1;
    private static final int STDERR = 2;

    private Terminal() {
    }

    /** Whether standard output is a terminal, where a person reads it (not a pipe or a file). */
    static boolean stdoutIsTerminal() {
        return isTerminal(STDOUT);
    }

    /** Whether standard error is a terminal, where a progress line may redraw itself. */
    static boolean stderrIsTerminal() {
        return isTerminal(STDERR);
    }

    /**
     * The JDK only tells whether the process has a console (stdin and stdout together); on Linux {@code /proc} tells
     * about each stream, so that {@code byline build 2>log} gets no carriage returns in its log and
     * {@code byline list | grep} no colour codes.
     */
    private static boolean isTerminal(int descriptor) {
        Path stream = Path.of("/proc/self/fd/" + descriptor);
        if (Files.exists(stream)) {
            try {
                String target = Files.readSymbolicLink(stream).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException notALink) {
                return false;
            }
        }
        return System.console() != null;
    }
}
