package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

    private final CommandRun byline = new CommandRun();

    @Test
    void completionPrintsABashScriptForEveryCommandAndOption() {
        assertThat(byline.run("completion")).isZero();

        assertThat(byline.out()).startsWith("#!/usr/bin/env bash").contains("complete -F")
                .contains("init", "new", "list", "clean", "serve", "--drafts", "--tags", "--quiet")
                .doesNotContain("\r");
        assertThat(byline.err()).isEmpty();
    }

    @Test
    void theScriptIsValidBash(@TempDir Path temp) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        byline.run("completion");
        Path script = Files.writeString(temp.resolve("byline_completion"), byline.out());

        Process check = new ProcessBuilder("/bin/bash", "-n", script.toString()).redirectErrorStream(true).start();

        assertThat(check.waitFor()).as(new String(check.getInputStream().readAllBytes())).isZero();
    }
}
