package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code byline} launcher script, installed as the README says ({@code ln -s "$PWD/byline"
 * ~/.local/bin/byline}) and run from other folders. Tagged slow: it runs after {@code mvn verify} has packaged
 * {@code target/byline.jar} (see pom.xml), which each test copies into a Byline folder of its own, beside a copy of
 * the launcher, whose sources (pom.xml, src/main, templates) are dated before the jar so that the launcher runs the
 * jar as it is. Maven itself is never run: a stand-in {@code mvn} first on the PATH "compiles" Byline by copying that
 * jar, and records each call.
 */
@Tag("slow")
class LauncherTest {

    private static final Path BUILT_JAR = TestSites.repositoryRoot().resolve("target/byline.jar");
    private static final Instant SOURCES_TIME = Instant.now().minus(2, ChronoUnit.HOURS);
    private static final Instant JAR_TIME = Instant.now().minus(1, ChronoUnit.HOURS);

    @TempDir
    Path temp;

    /** A Byline folder: the launcher, the jar and (empty) sources. */
    private Path home;
    /** Where the stand-in mvn lives and writes down its calls. */
    private Path tools;
    /** The folder the user runs Byline in. */
    private Path elsewhere;

    @BeforeEach
    void installByline() throws IOException {
        assertThat(BUILT_JAR).as("the jar mvn verify packages before running this test").isRegularFile();
        home = Files.createDirectories(temp.resolve("byline-home"));
        Files.copy(TestSites.repositoryRoot().resolve("byline"), home.resolve("byline"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(TestSites.repositoryRoot().resolve("pom.xml"), home.resolve("pom.xml"));
        Files.createDirectories(home.resolve("src/main"));
        Files.createDirectories(home.resolve("templates"));
        for (String source : List.of("pom.xml", "src/main", "src", "templates")) {
            Files.setLastModifiedTime(home.resolve(source), FileTime.from(SOURCES_TIME));
        }
        installJar(JAR_TIME);

        tools = Files.createDirectories(temp.resolve("tools"));
        Path mvn = Files.writeString(tools.resolve("mvn"), """
                #!/bin/sh
                # stands in for Maven: records the call, fails without a pom as mvn does, else "builds" the jar
                pom=""
                while [ $# -gt 0 ]; do
                  if [ "$1" = -f ]; then pom="$2"; shift; fi
                  shift
                done
                echo "$pom" >> "%s"
                if [ ! -f "$pom" ]; then
                  echo "POM file $pom specified with the -f/--file command line argument does not exist"
                  exit 1
                fi
                mkdir -p "$(dirname "$pom")/target" && cp "%s" "$(dirname "$pom")/target/byline.jar"
                """.formatted(mvnCalls(), BUILT_JAR));
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    }

    @Test
    void versionRunsThroughALinkFromAnotherFolder() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("byline"), home.resolve("byline"));

        ShellRun version = run(elsewhere, bin, "byline --version");

        assertThat(version.err()).isEmpty();
        assertThat(version.out()).startsWith("byline 0.1.0");
        assertThat(version.code()).isZero();
        assertThat(mvnCalls()).doesNotExist();
    }

    @Test
    void versionRunsThroughARelativeLinkToALink() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("byline"), home.resolve("byline"));
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("byline"), Path.of("../bin/byline"));

        ShellRun onThePath = run(elsewhere, links, "byline --version");
        ShellRun byRelativePath = run(elsewhere, tools, "../links/byline --version");

        assertThat(onThePath.err()).isEmpty();
        assertThat(onThePath.out()).startsWith("byline 0.1.0");
        assertThat(byRelativePath.err()).isEmpty();
        assertThat(byRelativePath.out()).startsWith("byline 0.1.0");
        assertThat(mvnCalls()).doesNotExist();
    }

    @Test
    void aSiteStartedAndBuiltInAnotherFolderThroughALink() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("byline"), home.resolve("byline"));

        ShellRun init = run(elsewhere, bin, "byline init night-desk");
        assertThat(init.code()).as(init.err()).isZero();
        ShellRun build = run(elsewhere.resolve("night-desk"), bin, "byline build");

        assertThat(build.err()).isEmpty();
        assertThat(build.out()).startsWith("Built 1 article, 1 author,");
        assertThat(build.code()).isZero();
        assertThat(elsewhere.resolve("night-desk/site-out/index.html")).isRegularFile();
        assertThat(home.resolve("target/byline.jsa")).as("the class-data archive the first build records")
                .isRegularFile();
        assertThat(mvnCalls()).doesNotExist();
    }

    @Test
    void theFirstRunSaysItCompilesBylineAndRoughlyHowLong() throws Exception {
        Files.delete(home.resolve("target/byline.jar"));
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("byline"), home.resolve("byline"));

        ShellRun first = run(elsewhere, bin, "byline --version");
        ShellRun second = run(elsewhere, bin, "byline --version");

        assertThat(first.err()).startsWith("byline: compiling Byline into " + home.resolve("target/byline.jar"))
                .contains("about half a minute");
        assertThat(first.out()).startsWith("byline 0.1.0");
        assertThat(first.code()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(mvnCalls()).hasContent(home.resolve("pom.xml").toString());
    }

    @Test
    void aSourceNewerThanTheJarCompilesBylineAgain() throws Exception {
        Files.writeString(home.resolve("src/main/Changed.java"), "// edited after the jar was built\n");

        ShellRun version = run(elsewhere, tools, home.resolve("byline") + " --version");

        assertThat(version.err()).startsWith("byline: the sources changed since " + home.resolve("target/byline.jar")
                + " was built; compiling Byline again");
        assertThat(version.out()).startsWith("byline 0.1.0");
        assertThat(mvnCalls()).hasContent(home.resolve("pom.xml").toString());
    }

    @Test
    void aJarReplacedByMavenGetsANewClassDataArchive() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("byline"), home.resolve("byline"));
        assertThat(run(elsewhere, bin, "byline init site").code()).isZero();
        Path site = elsewhere.resolve("site");
        assertThat(run(site, bin, "byline build").code()).isZero();
        assertThat(archiveIsUsable()).as("the archive the first build recorded").isTrue();

        installJar(Instant.now()); // what mvn package or mvn verify does in the repository
        assertThat(archiveIsUsable()).as("the archive, once the jar is replaced").isFalse();
        ShellRun version = run(elsewhere, bin, "byline --version");
        ShellRun rebuild = run(site, bin, "byline build --output site-out-2");

        assertThat(version.err()).isEmpty();
        assertThat(version.code()).isZero();
        assertThat(rebuild.err()).isEmpty();
        assertThat(rebuild.code()).isZero();
        assertThat(archiveIsUsable()).as("the archive recorded again by the next build").isTrue();
        assertThat(mvnCalls()).doesNotExist();
    }

    /** Copies the packaged jar into the Byline folder, dated {@code time}. */
    private void installJar(Instant time) throws IOException {
        Path jar = Files.createDirectories(home.resolve("target")).resolve("byline.jar");
        Files.copy(BUILT_JAR, jar, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, FileTime.from(time));
    }

    /**
     * Whether the JVM maps the launcher's class-data archive for the jar now there: with -Xshare:on it refuses to
     * start without it. The same java as the launcher's (the first on the PATH), with the launcher's settings.
     */
    private boolean archiveIsUsable() throws Exception {
        Path archive = home.resolve("target/byline.jsa");
        Process java = new ProcessBuilder("java", "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-XX:TieredStopAtLevel=1", "-XX:MaxRAMPercentage=75",
                "-jar", home.resolve("target/byline.jar").toString(), "--version")
                .redirectErrorStream(true).redirectOutput(temp.resolve("java-output").toFile()).start();
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.isRegularFile(archive) && java.exitValue() == 0;
    }

    private Path mvnCalls() {
        return temp.resolve("mvn-calls");
    }

    /** Runs {@code commandLine} in bash in {@code folder}, {@code installedIn} and the stand-in mvn first on PATH. */
    private ShellRun run(Path folder, Path installedIn, String commandLine) throws Exception {
        return ShellRun.of(folder, commandLine, temp, environment -> {
            environment.put("PATH", installedIn + ":" + tools + ":" + System.getenv("PATH"));
            environment.put("NO_COLOR", "1");
        });
    }
}
