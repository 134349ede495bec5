package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A command line a test ran to its end in bash: its exit code and what it wrote to each stream. */
record ShellRun(int code, String out, String err) {

    /** Runs {@code commandLine} in {@code folder}, in the environment {@code environment} sets, output in {@code scratch}. */
    static ShellRun of(Path folder, String commandLine, Path scratch, Consumer<Map<String, String>> environment)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", commandLine).directory(folder.toFile())
                .redirectOutput(scratch.resolve("out").toFile()).redirectError(scratch.resolve("err").toFile());
        environment.accept(builder.environment());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(commandLine + " finished").isTrue();
        return new ShellRun(process.exitValue(), Files.readString(scratch.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(scratch.resolve("err"), StandardCharsets.UTF_8));
    }
}
