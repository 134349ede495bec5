package dev.byline.cli;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Severity;
import java.util.Map;
import picocli.CommandLine.Help;

/**
 * How Byline's output looks on each standard stream: in colour only when the stream is a terminal, never when
 * {@code NO_COLOR} is set to anything but the empty string (https://no-color.org) or {@code TERM} is {@code dumb}.
 * Results go to standard output and problems to standard error, so each stream is judged on its own: {@code byline
 * list | less} shows plain text while the warnings beside it are still coloured. Picocli's help follows the same
 * rule.
 */
final class Console {

    /** No colour on either stream: for tests, and for output that is not read by a person. */
    static final Console PLAIN = new Console(Help.Ansi.OFF, Help.Ansi.OFF);

    private final Help.Ansi out;
    private final Help.Ansi err;

    private Console(Help.Ansi out, Help.Ansi err) {
        this.out = out;
        this.err = err;
    }

    /** The console of this process, from its environment and what its streams are connected to. */
    static Console detect() {
        return of(System.getenv(), Terminal.stdoutIsTerminal(), Terminal.stderrIsTerminal());
    }

    static Console of(Map<String, String> environment, boolean stdoutIsTerminal, boolean stderrIsTerminal) {
        String noColor = environment.getOrDefault("NO_COLOR", "");
        boolean colourAllowed = noColor.isEmpty() && !"dumb".equals(environment.get("TERM"));
        return new Console(Help.Ansi.valueOf(colourAllowed && stdoutIsTerminal),
                Help.Ansi.valueOf(colourAllowed && stderrIsTerminal));
    }

    /** Colours for help written to standard output ({@code --help}). */
    Help.ColorScheme outScheme() {
        return Help.defaultColorScheme(out);
    }

    /** Colours for usage errors written to standard error. */
    Help.ColorScheme errScheme() {
        return Help.defaultColorScheme(err);
    }

    /** A diagnostic for standard error: {@code file:line:col: error: message}, the severity red or yellow. */
    String diagnostic(Diagnostic diagnostic) {
        return diagnostic.format(severity -> err.string("@|bold," + (severity == Severity.ERROR ? "red" : "yellow")
                + " " + severity.label() + "|@"));
    }

    /** Text for standard output in one of picocli's styles ({@code "green"}, {@code "bold,yellow"}). */
    String styledOut(String style, String text) {
        return out.string("@|" + style + " " + text + "|@");
    }
}
