package dev.byline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the process's standard streams are connected to. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Whether standard error is a terminal, where a progress line may redraw itself. The JDK only tells whether the
     * process has a console (stdin and stdout); on Linux {@code /proc} tells about stderr itself, so that
     * {@code byline build 2>log} gets no carriage returns in its log.
     */
    static boolean stderrIsTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.exists(stderr)) {
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException notALink) {
                return false;
            }
        }
        return System.console() != null;
    }
}
