package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in process, one test per exit code (0 ok, 1 site errors, 2 usage, 3 internal bug). */
class BylineCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(BylineCommand.commandLine(), args);
    }

    private String[] buildArgs(Path site, Path output) {
        return new String[] {"build", "--source", site.resolve("content").toString(),
                "--templates", TestSites.theme().toString(),
                "--cache-dir", TestSites.templateCache().toString(),
                "--output", output.toString()};
    }

    @Test
    void buildOfAGoodSiteExitsZeroWithOneSummaryLine(@TempDir Path temp) {
        Path output = temp.resolve("site-out");

        int code = run(buildArgs(TestSites.fixture("sites", "golden"), output));

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().strip().lines()).singleElement().asString()
                .matches("Built 3 articles, 2 authors, \\d+ pages \\(\\d+ files\\) into .*site-out in \\d+ ms.*")
                .contains("1 draft left out (--drafts)");
        assertThat(output.resolve("index.html")).exists();
    }

    @Test
    void aTemplatesFolderNamedOnPurposeThatDoesNotExistIsAUsageError(@TempDir Path temp) {
        int code = run("build", "--source", TestSites.fixture("sites", "golden").resolve("content").toString(),
                "--templates", temp.resolve("my-theme").toString(), "--output", temp.resolve("out").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--templates " + temp.resolve("my-theme") + ": no such folder");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void buildOfABrokenSiteExitsOneWithFileLineColumnAndNoStackTrace(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        TestSites.copyTree(TestSites.fixture("invalid-sites", "bad-dates").resolve("content"), site.resolve("content"));

        int code = run(buildArgs(site, temp.resolve("site-out")));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .containsPattern("content/articles/impossible\\.md:3:7: error: date \"2025-13-45\" is not a valid date")
                .contains("4 errors; nothing was written")
                .doesNotContain("Exception", "\tat ");
        assertThat(out.toString()).isEmpty();
        assertThat(Files.exists(temp.resolve("site-out"))).isFalse();
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        int code = run("build", "--no-such-option");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'").contains("Usage: byline build");
    }

    @Test
    void unexpectedExceptionIsReportedAsABugWithExitThreeAndAStackTrace() {
        CommandLine commandLine = BylineCommand.commandLine();
        commandLine.addSubcommand("explode", new Explode());

        int code = run(commandLine, "explode");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString())
                .contains("internal error: java.lang.IllegalStateException: boom")
                .contains("This is a bug in Byline")
                .contains("\tat ");
    }

    /** A command that fails the way a bug in Byline would. */
    @CommandLine.Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: byline").contains("build");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("byline \\d+\\.\\d+");
    }

    @Test
    void serveOnABusyPortSaysSoAndExitsOne() throws IOException {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            int code = run("serve", "--port", Integer.toString(busy.getLocalPort()),
                    "--source", TestSites.fixture("sites", "golden").resolve("content").toString(),
                    "--templates", TestSites.theme().toString(),
                    "--cache-dir", TestSites.templateCache().toString());

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + busy.getLocalPort())
                    .contains("--port 0").doesNotContain("\tat ");
        }
    }

    @Test
    void checkOfTheGoldenSiteExitsZeroWithWarningsAndOfABrokenOneExitsOne(@TempDir Path temp) throws IOException {
        String[] golden = {"check", "--source", TestSites.fixture("sites", "golden").resolve("content").toString(),
                "--templates", TestSites.theme().toString(), "--cache-dir", TestSites.templateCache().toString()};
        assertThat(run(golden)).isZero();
        assertThat(out.toString()).contains("0 errors, 2 warnings");

        Path site = temp.resolve("site");
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        Files.writeString(site.resolve("content/articles/hopper.md"),
                Files.readString(site.resolve("content/articles/hopper.md")) + "\n[gone](/articles/gone/)\n");
        String[] broken = golden.clone();
        broken[2] = site.resolve("content").toString();
        assertThat(run(broken)).isEqualTo(1);
        assertThat(err.toString()).containsPattern("content/articles/hopper\\.md:\\d+:1: error: link "
                + "/opinion/articles/gone/ goes nowhere");
    }

    @Test
    void buildHelpListsEveryOption() {
        assertThat(run("build", "--help")).isZero();
        assertThat(out.toString()).contains("--source", "--templates", "--output", "--drafts", "--future",
                "--base-url", "--cache-dir", "--stacktrace");
    }
}
