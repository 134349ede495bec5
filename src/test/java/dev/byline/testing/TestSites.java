package dev.byline.testing;

import dev.byline.assemble.PublishingRules;
import dev.byline.build.BuildRequest;
import dev.byline.build.BuildResult;
import dev.byline.build.SiteBuild;
import dev.byline.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds test sites with the repository's theme, a fixed clock and one shared template cache (javac runs once). */
public final class TestSites {

    /** The build's "now": fixtures dated after it are future articles. */
    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private TestSites() {
    }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("byline.repositoryRoot", "")).toAbsolutePath();
    }

    public static Path theme() {
        return repositoryRoot().resolve("templates");
    }

    public static Path templateCache() {
        return repositoryRoot().resolve("target/test-template-cache");
    }

    public static Path fixture(String kind, String name) {
        return repositoryRoot().resolve("src/test/resources").resolve(kind).resolve(name);
    }

    /** A request for a site whose working folder holds {@code content/}, built with the given theme. */
    public static BuildRequest request(Path siteDir, Path templates, Path output) {
        return new BuildRequest(siteDir.resolve("content"), templates, output, templateCache(), siteDir, null, false,
                new PublishingRules(false, false, NOW));
    }

    public static BuildResult build(BuildRequest request) {
        try {
            return new SiteBuild().build(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the site as it is now into {@code output}, a folder of its own, and gives the files it holds. */
    public static Map<String, byte[]> builtInto(Path siteDir, Path output) {
        BuildResult result = build(request(siteDir, theme(), output));
        if (!result.succeeded()) {
            throw new AssertionError("the site did not build: " + formatted(result.diagnostics()));
        }
        return tree(output);
    }

    public static List<String> formatted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }

    /** Every file under {@code root}, by relative path with forward slashes, with its bytes. */
    public static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies a folder tree (fixtures are copied before tests change them). */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
