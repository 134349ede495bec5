package dev.byline.plan;

import dev.byline.build.BuildResult;
import dev.byline.output.OutputFile;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A built site as path -> bytes, and what tells two of them apart, in words a failing test can print. */
final class SiteOutputs {

    /** Characters shown either side of the first difference. */
    private static final int EXCERPT = 90;

    private SiteOutputs() {
    }

    /** A rendering's files; a copied file's bytes are its source's as they are now. */
    static Map<String, byte[]> of(BuildResult result) {
        Map<String, byte[]> files = new TreeMap<>();
        for (OutputFile file : result.rendered().files()) {
            files.put(file.file(), file instanceof OutputFile.Rendered rendered ? rendered.bytes()
                    : read((OutputFile.Copied) file));
        }
        return files;
    }

    private static byte[] read(OutputFile.Copied copied) {
        try {
            return Files.readAllBytes(copied.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the two builds' messages differ (a warning, say, that only one of them gives); empty when they agree. */
    static Optional<String> diagnosticsDifference(BuildResult fresh, BuildResult incremental) {
        List<String> expected = TestSites.formatted(fresh.diagnostics());
        List<String> actual = TestSites.formatted(incremental.diagnostics());
        return expected.equals(actual) ? Optional.empty()
                : Optional.of("the messages differ:\n  fresh build: " + expected + "\n  incremental: " + actual);
    }

    /**
     * How the incremental site differs from the fresh one: the files one has and the other lacks, else the first
     * file whose bytes differ with both versions around the first differing character; empty when they are equal.
     */
    static Optional<String> difference(Map<String, byte[]> fresh, Map<String, byte[]> incremental) {
        Set<String> missing = new TreeSet<>(fresh.keySet());
        missing.removeAll(incremental.keySet());
        Set<String> extra = new TreeSet<>(incremental.keySet());
        extra.removeAll(fresh.keySet());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return Optional.of("the incremental output lacks " + missing + " and has besides " + extra);
        }
        return fresh.keySet().stream()
                .filter(file -> !Arrays.equals(fresh.get(file), incremental.get(file)))
                .findFirst()
                .map(file -> file + " differs:\n" + excerpts(fresh.get(file), incremental.get(file)));
    }

    private static String excerpts(byte[] fresh, byte[] incremental) {
        String expected = new String(fresh, StandardCharsets.UTF_8);
        String actual = new String(incremental, StandardCharsets.UTF_8);
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        long line = expected.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return "  at line " + line + ", character " + at + "\n  fresh build: " + around(expected, at)
                + "\n  incremental: " + around(actual, at);
    }

    private static String around(String text, int at) {
        int from = Math.max(0, at - EXCERPT);
        int to = Math.min(text.length(), at + EXCERPT);
        return (from > 0 ? "..." : "") + text.substring(from, at).replace("\n", "⏎") + " >>>"
                + text.substring(at, to).replace("\n", "⏎") + (to < text.length() ? "..." : "");
    }
}
