package dev.byline.build;

import dev.byline.assemble.NewsChange;
import dev.byline.assemble.PublishingRules;
import dev.byline.content.ArticleDocument;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Severity;
import dev.byline.io.Folders;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What the last successful build of an output folder read and reported, kept in the cache: its {@link InputStamp},
 * the moment its output stops being right (a scheduled article's date or an expiry passes, or an article leaves the
 * news sitemap's 48 hours), its counts, when the news sitemap next changes, and its warnings. A build whose stamp matches, before that moment, with the output folder as it was written, has nothing
 * to do: it repeats the warnings and the summary.
 *
 * @param validUntil {@code null} when no article's state will change with time
 */
record LastBuild(String stamp, Instant validUntil, BuildStats stats, List<Diagnostic> diagnostics) {

    LastBuild {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The record of a build just written. */
    static LastBuild of(String stamp, BuildResult.Rendered result, PublishingRules rules) {
        Instant validUntil = Stream.concat(Stream.ofNullable(nextChange(result.documents(), rules.now())),
                        result.stats().newsChange().map(change -> change.at().toInstant()).stream())
                .min(Instant::compareTo).orElse(null);
        return new LastBuild(stamp, validUntil, result.stats(), result.diagnostics());
    }

    /** Whether a build from inputs with this stamp, now, would produce what the last one did. */
    boolean stillHolds(String currentStamp, Instant now) {
        return stamp.equals(currentStamp) && (validUntil == null || now.isBefore(validUntil));
    }

    /** The first moment after {@code now} at which an article becomes published or expires. */
    private static Instant nextChange(List<ArticleDocument> documents, Instant now) {
        return documents.stream()
                .flatMap(document -> Stream.of(document.date(), document.expires()))
                .filter(Objects::nonNull)
                .map(date -> date.value().toInstant())
                .filter(moment -> moment.isAfter(now))
                .min(Instant::compareTo)
                .orElse(null);
    }

    static Optional<LastBuild> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            String validUntil = properties.getProperty("validUntil", "");
            BuildStats stats = new BuildStats(new BuildStats.Counts(number(properties, "articles"),
                    number(properties, "authors"), number(properties, "pages"), number(properties, "files")),
                    new BuildStats.Held(number(properties, "draftsHeld"), number(properties, "scheduledHeld"),
                            number(properties, "expiredHeld")), new BuildStats.Work(0, false, true), 0, List.of(),
                    newsChange(properties.getProperty("newsChange", "")));
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = 0; properties.containsKey("diagnostic." + i); i++) {
                String[] parts = properties.getProperty("diagnostic." + i).split("\t", 5);
                diagnostics.add(new Diagnostic(Severity.valueOf(parts[0]), parts[1], Integer.parseInt(parts[2]),
                        Integer.parseInt(parts[3]), parts[4]));
            }
            return Optional.of(new LastBuild(properties.getProperty("stamp", ""),
                    validUntil.isEmpty() ? null : Instant.parse(validUntil), stats, diagnostics));
        } catch (IOException | RuntimeException absentOrDamaged) {
            return Optional.empty(); // the build runs and writes a new record
        }
    }

    void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("stamp", stamp);
        properties.setProperty("validUntil", validUntil == null ? "" : validUntil.toString());
        properties.setProperty("articles", String.valueOf(stats.articles()));
        properties.setProperty("authors", String.valueOf(stats.authors()));
        properties.setProperty("pages", String.valueOf(stats.pages()));
        properties.setProperty("files", String.valueOf(stats.files()));
        properties.setProperty("draftsHeld", String.valueOf(stats.draftsHeld()));
        properties.setProperty("scheduledHeld", String.valueOf(stats.scheduledHeld()));
        properties.setProperty("expiredHeld", String.valueOf(stats.expiredHeld()));
        properties.setProperty("newsChange", stats.newsChange()
                .map(change -> (change.enters() ? "enters " : "leaves ") + change.at()).orElse(""));
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic diagnostic = diagnostics.get(i);
            properties.setProperty("diagnostic." + i, diagnostic.severity().name() + "\t" + diagnostic.file() + "\t"
                    + diagnostic.line() + "\t" + diagnostic.column() + "\t" + diagnostic.message());
        }
        Folders.writeWhole(file,
                out -> properties.store(out, "Byline's record of the last build of one output folder"));
    }

    static void forget(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** {@code leaves 2025-08-17T09:30-04:00[America/New_York]}; null for an empty value. */
    private static NewsChange newsChange(String written) {
        if (written.isEmpty()) {
            return null;
        }
        String[] parts = written.split(" ", 2);
        return new NewsChange(ZonedDateTime.parse(parts[1]), parts[0].equals("enters"));
    }

    private static int number(Properties properties, String key) {
        return Integer.parseInt(properties.getProperty(key));
    }
}
