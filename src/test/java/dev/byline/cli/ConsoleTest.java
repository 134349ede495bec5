package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org) or a dumb terminal. */
class ConsoleTest {

    private static final Diagnostic ERROR = Diagnostic.error("content/articles/x.md", 3, 7, "date is wrong");
    private static final Diagnostic WARNING = Diagnostic.warning("content/articles/x.md", 2, 1, "titel: unknown key");
    private static final String ESC = "\u001B[";

    @Test
    void onATerminalTheSeverityWordIsColouredAndNothingElse() {
        Console console = Console.of(Map.of(), true, true);

        assertThat(console.diagnostic(ERROR)).startsWith("content/articles/x.md:3:7: " + ESC)
                .contains("31m", "error").endsWith(ESC + "0m: date is wrong");
        assertThat(console.diagnostic(WARNING)).contains("33m", "warning");
    }

    @Test
    void withoutColourDiagnosticsAreExactlyTheirCompilerStyleLine() {
        assertThat(Console.PLAIN.diagnostic(ERROR)).isEqualTo(ERROR.format())
                .isEqualTo("content/articles/x.md:3:7: error: date is wrong");
    }

    @Test
    void noColorSetToAnythingTurnsColourOffAndSetEmptyDoesNot() {
        assertThat(Console.of(Map.of("NO_COLOR", "1"), true, true).diagnostic(ERROR)).isEqualTo(ERROR.format());
        assertThat(Console.of(Map.of("NO_COLOR", ""), true, true).diagnostic(ERROR)).contains(ESC);
    }

    @Test
    void aDumbTerminalGetsNoColour() {
        assertThat(Console.of(Map.of("TERM", "dumb"), true, true).diagnostic(ERROR)).isEqualTo(ERROR.format());
    }

    @Test
    void eachStreamIsJudgedOnItsOwn() {
        Console errToTerminal = Console.of(Map.of(), false, true);

        assertThat(errToTerminal.diagnostic(ERROR)).contains(ESC);
        assertThat(errToTerminal.styledOut("green", "published")).isEqualTo("published");
        assertThat(Console.of(Map.of(), true, false).diagnostic(ERROR)).isEqualTo(ERROR.format());
    }

    @Test
    void helpIsColouredOnlyWhenStandardOutputIsATerminal() {
        CommandRun plain = new CommandRun();
        plain.run("build", "--help");
        CommandRun coloured = new CommandRun();
        coloured.run(BylineCommand.commandLine(Console.of(Map.of(), true, false)), "build", "--help");

        assertThat(plain.out()).doesNotContain(ESC);
        assertThat(coloured.out()).contains(ESC);
    }

    @Test
    void usageErrorsFollowStandardErrorsTerminalNotStandardOutputs() {
        CommandRun run = new CommandRun();

        run.run(BylineCommand.commandLine(Console.of(Map.of(), true, false)), "build", "--no-such-option");

        assertThat(run.err()).contains("Unknown option: '--no-such-option'", "Usage: byline build")
                .doesNotContain(ESC);
    }
}
