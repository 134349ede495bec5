package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in process, one test per exit code (0 ok, 1 site errors, 2 usage, 3 internal bug). */
class BylineCommandTest {

    private final CommandRun byline = new CommandRun();

    private int run(String... args) {
        return byline.run(args);
    }

    private String[] buildArgs(Path site, Path output, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--source", site.resolve("content").toString(),
                "--templates", TestSites.theme().toString(),
                "--cache-dir", TestSites.templateCache().toString(),
                "--output", output.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void buildOfAGoodSiteExitsZeroWithASummaryAndTheNewsSitemapsNextChange(@TempDir Path temp) {
        Path output = temp.resolve("site-out");

        int code = run(buildArgs(TestSites.fixture("sites", "golden"), output));

        assertThat(code).isZero();
        assertThat(byline.err()).isEmpty();
        assertThat(byline.out().strip().lines()).hasSize(2).first().asString()
                .matches("Built 9 articles, 5 authors, \\d+ pages \\(\\d+ files\\) into .*site-out in \\d+ ms.*")
                .contains("1 draft left out (--drafts)");
        assertThat(byline.out().strip().lines()).last().asString().startsWith("The news sitemap changes ");
        assertThat(output.resolve("index.html")).exists();
    }

    @Test
    void aTemplatesFolderNamedOnPurposeThatDoesNotExistIsAUsageError(@TempDir Path temp) {
        int code = run("build", "--source", TestSites.fixture("sites", "golden").resolve("content").toString(),
                "--templates", temp.resolve("my-theme").toString(), "--output", temp.resolve("out").toString());

        assertThat(code).isEqualTo(2);
        assertThat(byline.err()).contains("--templates " + temp.resolve("my-theme") + ": no such folder");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void buildOfABrokenSiteExitsOneWithFileLineColumnAndNoStackTrace(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        TestSites.copyTree(TestSites.fixture("invalid-sites", "bad-dates").resolve("content"), site.resolve("content"));

        int code = run(buildArgs(site, temp.resolve("site-out")));

        assertThat(code).isEqualTo(1);
        assertThat(byline.err())
                .containsPattern("content/articles/impossible\\.md:3:7: error: date \"2025-13-45\" is not a valid date")
                .contains("4 errors; nothing was written")
                .doesNotContain("Exception", "\tat ");
        assertThat(byline.out()).isEmpty();
        assertThat(Files.exists(temp.resolve("site-out"))).isFalse();
    }

    @Test
    void buildInAFolderWithoutASitePointsAtInitAndSpeaksOfNoOutputThatIsNotThere(@TempDir Path temp) {
        int code = run(buildArgs(temp, temp.resolve("site-out")));

        assertThat(code).isEqualTo(1);
        assertThat(byline.err()).contains("content: error: no site here", "start a new site with byline init")
                .endsWith("byline: 1 error; nothing was written" + System.lineSeparator());
        assertThat(temp.resolve("site-out")).doesNotExist();
    }

    @Test
    void aFailedBuildSaysTheOutputFolderThatIsThereIsUnchanged(@TempDir Path temp) throws IOException {
        Path output = Files.createDirectories(temp.resolve("site-out"));

        assertThat(run(buildArgs(temp, output))).isEqualTo(1);

        assertThat(byline.err()).endsWith("byline: 1 error; nothing was written, " + output + " is unchanged"
                + System.lineSeparator());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsSaidInWordsWithoutAJavaClassName(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");

        assertThat(run(buildArgs(TestSites.fixture("sites", "golden"), file.resolve("site-out")))).isEqualTo(1);
        assertThat(byline.err().strip())
                .isEqualTo("byline: error: " + file + ": a file of that name is already there");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        int code = run("build", "--no-such-option");

        assertThat(code).isEqualTo(2);
        assertThat(byline.err()).contains("Unknown option: '--no-such-option'").contains("Usage: byline build");
    }

    @Test
    void unexpectedExceptionIsReportedAsABugWithExitThreeAndAStackTrace() {
        CommandLine commandLine = BylineCommand.commandLine(Console.PLAIN);
        commandLine.addSubcommand("explode", new Explode());

        int code = byline.run(commandLine, "explode");

        assertThat(code).isEqualTo(3);
        assertThat(byline.err())
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
        assertThat(byline.out()).contains("Usage: byline").contains("build");
        assertThat(run("--version")).isZero();
        assertThat(byline.out()).containsPattern("byline \\d+\\.\\d+");
    }

    @Test
    void versionNamesTheVersionAndTheCommitItWasBuiltFrom() {
        assertThat(run("--version")).isZero();

        assertThat(byline.out()).containsPattern(
                "^byline \\d+\\.\\d+\\.\\d+\\S* \\((commit [0-9a-f]{7,}|unknown commit)\\)\\RJava \\d+");
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
            assertThat(byline.err()).contains("cannot listen on 127.0.0.1:" + busy.getLocalPort())
                    .contains("--port 0").doesNotContain("\tat ");
        }
    }

    // the golden site's warnings: an SVG lead image as a social card, two pieces without a description
    @Test
    void checkOfTheGoldenSiteExitsZeroWithWarningsAndOfABrokenOneExitsOne(@TempDir Path temp) throws IOException {
        String[] golden = {"check", "--source", TestSites.fixture("sites", "golden").resolve("content").toString(),
                "--templates", TestSites.theme().toString(), "--cache-dir", TestSites.templateCache().toString()};
        assertThat(run(golden)).isZero();
        assertThat(byline.out()).contains("0 errors, 3 warnings");
        assertThat(byline.err()).contains("the social image https://example.org/opinion/images/cup.svg of "
                + "articles/cafe-society/index.html is an SVG");

        Path site = temp.resolve("site");
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        Files.writeString(site.resolve("content/articles/hopper.md"),
                Files.readString(site.resolve("content/articles/hopper.md")) + "\n[gone](/articles/gone/)\n");
        String[] broken = golden.clone();
        broken[2] = site.resolve("content").toString();
        assertThat(run(broken)).isEqualTo(1);
        assertThat(byline.err()).containsPattern("content/articles/hopper\\.md:\\d+:1: error: link "
                + "/opinion/articles/gone/ goes nowhere");
    }

    @Test
    void buildHelpListsEveryOption() {
        assertThat(run("build", "--help")).isZero();
        assertThat(byline.out()).contains("--source", "--templates", "--output", "--drafts", "--future",
                "--base-url", "--cache-dir", "--stacktrace");
    }

    @Test
    void quietBuildOfAGoodSitePrintsNothingAtAll(@TempDir Path temp) {
        assertThat(run(buildArgs(TestSites.fixture("sites", "golden"), temp.resolve("site-out"), "--quiet")))
                .isZero();
        assertThat(byline.out()).isEmpty();
        assertThat(byline.err()).isEmpty();
        assertThat(temp.resolve("site-out/index.html")).exists();
    }

    @Test
    void quietAndVerboseTogetherAreAUsageError() {
        assertThat(run("build", "-q", "-v")).isEqualTo(2);
        assertThat(byline.err()).contains("--quiet, --verbose are mutually exclusive");
    }

    @Test
    void topHelpListsEveryCommandWithExamplesAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(byline.out()).contains("init", "new", "list", "serve", "build", "check", "clean", "completion")
                .contains("Examples:", "byline new \"Why Our Town Needs a Night Bus\"", "Exit codes:", "NO_COLOR");
    }
}
