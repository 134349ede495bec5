package dev.byline.serve;

import dev.byline.diag.Diagnostic;
import dev.byline.output.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The site as the preview serves it: every file's bytes in memory, with its ETag, plus the problems of the latest
 * build when it failed. Immutable: a rebuild makes a new snapshot and the server swaps it in whole, so no request
 * ever sees half a site or half a page.
 *
 * @param basePath the path the site lives under ({@code /} or {@code /opinion/})
 * @param problems the latest build's errors and warnings when it failed; empty when it succeeded
 */
record SiteSnapshot(Map<String, ServedFile> files, String basePath, List<Diagnostic> problems) {

    /**
     * One file of the site.
     *
     * @param source the user's file it is a copy of (static files, theme assets); {@code null} for rendered files
     */
    record ServedFile(byte[] bytes, String etag, Path source) {
    }

    SiteSnapshot {
        files = Map.copyOf(files);
        problems = List.copyOf(problems);
    }

    static SiteSnapshot of(List<OutputFile> outputs, String basePath) {
        return of(outputs, basePath, Map.of());
    }

    /**
     * A snapshot of a new build; a file whose bytes are those of the previous build keeps its entry, so only
     * changed files are hashed again.
     */
    static SiteSnapshot of(List<OutputFile> outputs, String basePath, Map<String, ServedFile> previous) {
        Map<String, ServedFile> files = new HashMap<>();
        for (OutputFile output : outputs) {
            byte[] bytes = output instanceof OutputFile.Rendered rendered ? rendered.bytes()
                    : read((OutputFile.Copied) output);
            Path source = output instanceof OutputFile.Copied copied
                    ? copied.source().toAbsolutePath().normalize() : null;
            ServedFile before = previous.get(output.file());
            boolean same = before != null && Objects.equals(before.source(), source)
                    && Arrays.equals(before.bytes(), bytes);
            files.put(output.file(), same ? before : new ServedFile(bytes, etag(bytes), source));
        }
        return new SiteSnapshot(files, basePath, List.of());
    }

    /** The same site, served with the problems of a build that failed. */
    SiteSnapshot withProblems(List<Diagnostic> latestProblems) {
        return new SiteSnapshot(files, basePath, latestProblems);
    }

    /**
     * The same site with some files replaced, as read now, and some removed: when only static files or theme
     * assets changed, nothing needs rendering.
     */
    SiteSnapshot withFiles(List<OutputFile> changed, Set<String> removed) {
        Map<String, ServedFile> updated = new HashMap<>(files);
        updated.keySet().removeAll(removed);
        updated.putAll(of(changed, basePath, Map.of()).files());
        return new SiteSnapshot(updated, basePath, problems);
    }

    private static byte[] read(OutputFile.Copied copied) {
        try {
            return Files.readAllBytes(copied.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
