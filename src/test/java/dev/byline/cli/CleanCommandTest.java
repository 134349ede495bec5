package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.output.OutputLock;
import dev.byline.output.SiteWriter;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {

    private final CommandRun byline = new CommandRun();

    @TempDir
    Path temp;

    private String[] clean() {
        return new String[] {"clean", "--output", temp.resolve("site-out").toString(),
                "--cache-dir", temp.resolve("cache").toString()};
    }

    @Test
    void cleanRemovesWhatABuildMadeAndSaysSo() {
        assertThat(new CommandRun().run("build", "--source",
                TestSites.fixture("sites", "golden").resolve("content").toString(), "--templates",
                TestSites.theme().toString(), "--cache-dir", temp.resolve("cache").toString(),
                "--output", temp.resolve("site-out").toString())).isZero();

        assertThat(byline.run(clean())).isZero();

        assertThat(byline.out()).isEqualTo("Removed " + temp.resolve("site-out") + " and " + temp.resolve("cache")
                + System.lineSeparator());
        assertThat(temp.resolve("site-out")).doesNotExist();
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void cleanOfAFolderWithNothingBuiltSaysThereWasNothing() {
        assertThat(byline.run(clean())).isZero();

        assertThat(byline.out()).startsWith("Nothing to remove");
    }

    @Test
    void anOutputFolderNotBuiltByBylineIsLeftAloneWithExitOne() throws IOException {
        Files.createDirectories(temp.resolve("site-out"));
        Files.writeString(temp.resolve("site-out/thesis.docx"), "years of work");
        Files.createDirectories(temp.resolve("cache/jte"));

        assertThat(byline.run(clean())).isEqualTo(1);

        assertThat(byline.err()).contains("site-out was not built by Byline", "nothing was removed");
        assertThat(temp.resolve("site-out/thesis.docx")).exists();
        assertThat(temp.resolve("cache/jte")).exists();
    }

    @Test
    void aCleanWhileABuildHoldsTheSiteNamesTheBuildWithExitOne() throws IOException {
        Path output = temp.resolve("site-out");
        Files.createDirectories(output);
        Files.writeString(output.resolve(SiteWriter.MARKER), "built by Byline\n");

        int exit;
        try (OutputLock.Acquired build = OutputLock.acquire(output, "byline build", Duration.ZERO, holder -> { })) {
            exit = byline.run(clean());
        }

        assertThat(exit).isEqualTo(1);
        assertThat(byline.err()).startsWith("byline: a build is writing " + output + " (pid "
                + ProcessHandle.current().pid() + ", byline build, since ")
                .contains("; not removed" + System.lineSeparator() + "byline: nothing was removed")
                .doesNotContain("Exception");
        assertThat(output.resolve(SiteWriter.MARKER)).exists();
    }
}
