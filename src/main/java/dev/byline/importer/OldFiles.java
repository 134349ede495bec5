package dev.byline.importer;

import dev.byline.diag.Diagnostic;
import dev.byline.io.FileProblems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reading the old site's folder: never writing to it. */
public final class OldFiles {

    /** Folders a generator writes or a package manager fills, never the site's own posts. */
    private static final Set<String> SKIPPED = Set.of("_site", "public", "resources", "node_modules", "vendor");

    private OldFiles() {
    }

    /** The files under {@code folder}, sorted, hidden ones and generated folders left out; none when missing. */
    public static List<Path> under(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> visible(folder, file)).sorted().toList();
        }
    }

    private static boolean visible(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".") || SKIPPED.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** The path of {@code file} in the site's folder, with forward slashes. */
    public static String display(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** A file's text (UTF-8), or a reported reason why not. */
    public static Optional<String> text(Path root, Path file, Consumer<Diagnostic> problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.accept(Diagnostic.error(display(root, file), 0, 0, "is not UTF-8 text; save it as UTF-8 and "
                    + "import again"));
        } catch (IOException e) {
            problems.accept(Diagnostic.error(display(root, file), 0, 0, "cannot be read: "
                    + FileProblems.describe(e)));
        }
        return Optional.empty();
    }

    /** A post's or settings file's front matter and body, or a reported reason why not. */
    public static Optional<OldDocument> document(Path root, Path file, Consumer<Diagnostic> problems) {
        return text(root, file, problems).flatMap(text -> {
            OldDocument.Split split = OldDocument.split(text, display(root, file));
            if (split instanceof OldDocument.Unreadable unreadable) {
                problems.accept(unreadable.problem());
                return Optional.empty();
            }
            return Optional.of(((OldDocument.Read) split).document());
        });
    }

    /** A settings or data file in YAML, TOML or JSON (by its extension), or a reported reason why not. */
    public static Optional<OldValues> values(Path root, Path file, Consumer<Diagnostic> problems) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        StructuredText.Syntax syntax = name.endsWith(".toml") ? StructuredText.Syntax.TOML
                : name.endsWith(".json") ? StructuredText.Syntax.JSON : StructuredText.Syntax.YAML;
        return text(root, file, problems).flatMap(text -> {
            StructuredText.Read read = StructuredText.read(text, syntax, display(root, file), 0);
            if (read instanceof StructuredText.Unreadable unreadable) {
                problems.accept(unreadable.problem());
                return Optional.empty();
            }
            return Optional.of(new OldValues(((StructuredText.Values) read).map()));
        });
    }

    /** The first of these files that exists in {@code folder}. */
    public static Optional<Path> first(Path folder, String... names) {
        return Stream.of(names).map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** When the file last changed; the start of 1970 when that cannot be told. */
    public static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
