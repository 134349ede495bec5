package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code byline serve} refuses what it cannot serve, and says why, before listening anywhere. */
class ServeCommandTest {

    private final CommandRun byline = new CommandRun();

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"99999", "65536", "-1", "abc", "4000.5"})
    void aPortOutsideZeroTo65535IsAUsageErrorWithoutAStackTrace(String port) {
        int code = byline.run("serve", "--port", port,
                "--source", TestSites.fixture("sites", "golden").resolve("content").toString());

        assertThat(code).isEqualTo(2);
        assertThat(byline.err()).startsWith("Invalid value for option '--port': " + port + " is not a port: give a "
                        + "number from 1 to 65535, or 0 for any free port")
                .doesNotContain("Exception", "\tat ", "internal error");
        assertThat(byline.out()).isEmpty();
    }

    @Test
    void serveInAFolderWithoutASiteExitsPointingAtInit() {
        int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> byline.run("serve", "--port", "0",
                "--source", temp.resolve("content").toString()));

        assertThat(code).isEqualTo(1);
        assertThat(byline.err()).contains("content: error: no site here", "byline init")
                .contains("byline: nothing to serve");
        assertThat(byline.out()).doesNotContain("Serving");
    }

    @Test
    void serveOfAContentFolderWithoutSiteSettingsExitsPointingAtInit() throws IOException {
        Files.createDirectories(temp.resolve("content/articles"));

        int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> byline.run("serve", "--port", "0",
                "--source", temp.resolve("content").toString()));

        assertThat(code).isEqualTo(1);
        assertThat(byline.err()).contains("content/site.yaml: error: no site settings here", "byline init");
        assertThat(byline.out()).doesNotContain("Serving");
    }
}
