package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release {@code mvn package} makes, target/byline-&lt;version&gt;.zip and .tar.gz, unpacked into an empty folder
 * and used as a writer would: {@code bin/byline init x}, then {@code ../bin/byline build} in x, with nothing on the
 * PATH but the JDK's bin and the system's own commands (Maven left out). Tagged slow: it runs after the package phase.
 */
@Tag("slow")
class ReleaseArchiveTest {

    private static final Path TARGET = TestSites.repositoryRoot().resolve("target");

    @TempDir
    Path temp;

    @Test
    void theTarGzUnpackedWithItsBinOnThePathStartsAndBuildsASiteWithOnlyAJdk() throws Exception {
        Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
        ShellRun tar = run(unpacked, "tar xzf " + archive("tar.gz"), "");
        assertThat(tar.code()).as(tar.err()).isZero();
        Path bin = release(unpacked).resolve("bin");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

        ShellRun version = run(elsewhere, "byline --version", bin + ":");
        ShellRun init = run(elsewhere, "byline init mysite", bin + ":");
        ShellRun build = run(elsewhere.resolve("mysite"), "byline build", bin + ":");

        assertThat(version.out()).startsWith("byline " + projectVersion() + " (");
        assertSiteBuilt(init, build, elsewhere.resolve("mysite"));
        assertThat(release(unpacked).resolve("lib/byline.jsa")).as("the class-data archive the first build records")
                .isRegularFile();
    }

    @Test
    void theZipUnpackedStartsAndBuildsASiteInsideItWithOnlyAJdk() throws Exception {
        Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
        unzipKeepingPermissions(Path.of(archive("zip")), unpacked);
        Path release = release(unpacked);

        ShellRun init = run(release, "bin/byline init x", "");
        ShellRun build = run(release.resolve("x"), "../bin/byline build", "");

        assertSiteBuilt(init, build, release.resolve("x"));
    }

    @Test
    void theReleaseHoldsTheRepositorysLauncherTheJarTheThemeTheReadmeAndTheLicence() throws Exception {
        Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
        unzipKeepingPermissions(Path.of(archive("zip")), unpacked);
        Path release = release(unpacked);

        try (Stream<Path> files = Files.walk(release)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> release.relativize(file).toString())
                    .filter(file -> !file.startsWith("templates/")))
                    .containsExactlyInAnyOrder("bin/byline", "lib/byline.jar", "README.md", "LICENSE");
        }
        assertThat(release.resolve("templates/layout.jte"))
                .hasSameTextualContentAs(TestSites.repositoryRoot().resolve("templates/layout.jte"));
        assertThat(Files.readString(release.resolve("bin/byline")))
                .isEqualTo(Files.readString(TestSites.repositoryRoot().resolve("byline")));
        assertThat(Files.readString(release.resolve("LICENSE"))).startsWith("MIT License");
    }

    private void assertSiteBuilt(ShellRun init, ShellRun build, Path site) throws Exception {
        ShellRun noMaven = run(temp, "command -v mvn", "");
        assertThat(noMaven.code()).as("mvn on the test's PATH: " + noMaven.out()).isNotZero();
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).as("where to copy a template from").contains("/templates/");
        assertThat(build.err()).isEmpty();
        assertThat(build.out()).startsWith("Built 1 article, 1 author,");
        assertThat(build.code()).isZero();
        assertThat(site.resolve("site-out/index.html")).isRegularFile();
    }

    private static String archive(String format) throws IOException {
        Path archive = TARGET.resolve("byline-" + projectVersion() + "." + format);
        assertThat(archive).as("the release mvn package makes").isRegularFile();
        return archive.toString();
    }

    private static String projectVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(TARGET.resolve("classes/dev/byline/version.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    /** The one folder the archive unpacks into, byline-&lt;version&gt;. */
    private static Path release(Path unpacked) throws IOException {
        try (Stream<Path> entries = Files.list(unpacked)) {
            List<Path> all = entries.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).isEqualTo("byline-" + projectVersion());
            return all.get(0);
        }
    }

    /** Unpacks a zip with its entries' Unix permissions, as a writer's unzip tool or Finder does. */
    private static void unzipKeepingPermissions(Path zip, Path into) throws IOException {
        try (FileSystem archive = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("enablePosixFileAttributes", "true"))) {
            Path root = archive.getPath("/");
            try (Stream<Path> entries = Files.walk(root)) {
                for (Path entry : entries.toList()) {
                    Path target = into.resolve(root.relativize(entry).toString());
                    if (Files.isDirectory(entry)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(entry, target);
                        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(entry);
                        Files.setPosixFilePermissions(target, permissions);
                    }
                }
            }
        }
    }

    /**
     * A PATH of the JDK running this test and the system's commands without Maven: every command of /usr/bin and
     * /bin linked into one folder, mvn left out.
     */
    private Path systemWithoutMaven() throws IOException {
        Path system = temp.resolve("system");
        if (Files.isDirectory(system)) {
            return system;
        }
        Files.createDirectories(system);
        for (Path folder : List.of(Path.of("/usr/bin"), Path.of("/bin"))) {
            try (Stream<Path> commands = Files.list(folder)) {
                for (Path command : commands.toList()) {
                    String name = command.getFileName().toString();
                    if (!name.startsWith("mvn") && !Files.exists(system.resolve(name))) {
                        Files.createSymbolicLink(system.resolve(name), command);
                    }
                }
            }
        }
        return system;
    }

    /**
     * Runs {@code commandLine} in bash in {@code folder}, with {@code pathStart} (empty, or folders ending in a colon),
     * the JDK and the system (no Maven) on PATH, and a home folder of the test's own.
     */
    private ShellRun run(Path folder, String commandLine, String pathStart) throws Exception {
        Path path = systemWithoutMaven();
        Path home = Files.createDirectories(temp.resolve("home"));
        return ShellRun.of(folder, commandLine, temp, environment -> {
            environment.clear();
            environment.put("PATH", pathStart + Path.of(System.getProperty("java.home"), "bin") + ":" + path);
            environment.put("HOME", home.toString());
            environment.put("NO_COLOR", "1");
        });
    }
}
