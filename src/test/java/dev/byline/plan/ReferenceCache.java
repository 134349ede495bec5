package dev.byline.plan;

import dev.byline.template.Templates;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cache folder of the fresh full builds the incremental ones are compared with. Compiling a theme takes javac a
 * second or two, so fresh builds share the compiled themes ({@code jte/}, with the version file that vouches for
 * them: without it a build empties the cache); everything else a build leaves in the cache is deleted before each
 * fresh build, so a fresh build reuses nothing but compiled templates.
 */
final class ReferenceCache {

    /** What a fresh build may find in its cache: compiled themes and the Byline version that compiled them. */
    private static final Set<String> KEPT = Set.of(Templates.CACHE_FOLDER, "byline-version");

    private final Path dir;

    ReferenceCache(Path dir) {
        this.dir = dir;
    }

    /** Kept under target/ between runs, so a theme variant is compiled once per build of Byline. */
    static ReferenceCache shared() {
        return new ReferenceCache(TestSites.repositoryRoot().resolve("target/incremental-reference-cache"));
    }

    /** The folder, holding nothing but compiled themes: for one fresh build. */
    Path forAFreshBuild() {
        for (Path entry : entries()) {
            if (!KEPT.contains(entry.getFileName().toString())) {
                deleteTree(entry);
            }
        }
        List<String> left = entries().stream().map(entry -> entry.getFileName().toString()).toList();
        if (!KEPT.containsAll(left)) {
            throw new IllegalStateException("a fresh build would reuse " + left + " from " + dir);
        }
        return dir;
    }

    /**
     * A new cache for an incremental run, holding the themes compiled so far: as a user's cache after they tried
     * those templates once. Nothing the incremental machinery records is in it.
     */
    Path seed(Path cacheDir) {
        forAFreshBuild();
        TestSites.copyTree(dir, cacheDir);
        return cacheDir;
    }

    private List<Path> entries() {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path path) {
        try {
            dev.byline.io.Folders.deleteTree(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
