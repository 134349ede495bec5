package dev.byline.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A site folder on disk that {@link SiteEdit}s change. Edits choose their file by a number, taken modulo the files
 * there are (in path order), so any edit applies to any state of the site and a shrunk sequence stays meaningful.
 */
final class EditedSite {

    private final Path root;

    EditedSite(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path content() {
        return root.resolve("content");
    }

    Path templates() {
        return root.resolve("templates");
    }

    Path articlesDir() {
        return content().resolve("articles");
    }

    Path authorsDir() {
        return content().resolve("authors");
    }

    Path pagesDir() {
        return content().resolve("pages");
    }

    List<Path> pages() {
        return filesUnder(pagesDir(), ".md");
    }

    /** The page the number chooses; none when the site has no page left. */
    Path page(int number) {
        List<Path> pages = pages();
        return pages.isEmpty() ? null : pages.get(Math.floorMod(number, pages.size()));
    }

    List<Path> articles() {
        return filesUnder(articlesDir(), ".md");
    }

    List<Path> authorFiles() {
        return filesUnder(authorsDir(), ".yaml");
    }

    /** The article the number chooses; none when the site has no article left. */
    Path article(int number) {
        List<Path> articles = articles();
        return articles.isEmpty() ? null : articles.get(Math.floorMod(number, articles.size()));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How messages name a file of the site: its path from the site's folder. */
    String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<Path> filesUnder(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(suffix) && Files.isRegularFile(path)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
