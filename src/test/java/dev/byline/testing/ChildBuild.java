package dev.byline.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code byline build} in a JVM of its own (this test's class path, the repository's theme, the shared template
 * cache), so that a test can kill it outright. With a pause step, the child's writer stops before its N-th change on
 * disk and says so (the test hook of {@code dev.byline.output.WriteSteps}).
 */
public final class ChildBuild {

    private static final String PAUSED = "byline-test: paused at write step ";

    private final Process process;
    private final Path log;

    private ChildBuild(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a build of {@code site/content} into {@code output}; {@code pauseAtStep} 0 for none. */
    public static ChildBuild start(Path site, Path output, long pauseAtStep, Path log) throws IOException {
        return start(site, output, pauseAtStep, 0, log);
    }

    /** As above, pausing {@code pauseMillis} only (0: until killed). */
    public static ChildBuild start(Path site, Path output, long pauseAtStep, long pauseMillis, Path log)
            throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path")));
        if (pauseAtStep > 0) {
            command.add("-Dbyline.test.pauseAtWriteStep=" + pauseAtStep);
        }
        if (pauseMillis > 0) {
            command.add("-Dbyline.test.pauseMillis=" + pauseMillis);
        }
        command.addAll(List.of("dev.byline.cli.Main", "build", "--quiet",
                "--source", site.resolve("content").toString(),
                "--templates", TestSites.theme().toString(),
                "--cache-dir", TestSites.templateCache().toString(),
                "--output", output.toString()));
        Process process = new ProcessBuilder(command)
                .directory(site.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ChildBuild(process, log);
    }

    /** Waits until the child paused (true) or ended (false). */
    public boolean awaitPauseOrEnd() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (output().contains(PAUSED)) {
                return true;
            }
            if (!process.isAlive()) {
                return output().contains(PAUSED);
            }
            Thread.sleep(5); // watching another process: no event to wait on
        }
        throw new AssertionError("the child build neither paused nor ended; its output: " + output());
    }

    /** SIGKILL: no shutdown hook, no finally block runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: shutdown hooks run. */
    public void terminate() throws InterruptedException {
        process.destroy();
        waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public int exitCode() throws InterruptedException {
        waitFor();
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    private void waitFor() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the child build did not stop");
        }
    }
}
