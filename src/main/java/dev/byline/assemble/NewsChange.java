package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.model.NewsWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The next moment the Google News sitemap changes by the clock alone ({@link NewsWindow}): a published article
 * leaving the last 48 hours (or expiring in them), or a scheduled one being published. Drafts never count: the
 * news sitemap lists only what a plain build publishes.
 *
 * @param at     the moment, in the site's zone
 * @param enters whether an article enters the sitemap then (a scheduled one published); otherwise one leaves it
 */
public record NewsChange(ZonedDateTime at, boolean enters) {

    /** The first change after {@code now}, in {@code zone}; empty when no article will enter or leave the sitemap. */
    public static Optional<NewsChange> next(List<ArticleDocument> documents, Instant now, ZoneId zone) {
        return documents.stream()
                .filter(document -> !document.draft())
                .flatMap(document -> changes(document, now))
                .min(Comparator.comparing((NewsChange change) -> change.at().toInstant())
                        .thenComparing(NewsChange::enters))
                .map(change -> new NewsChange(change.at().withZoneSameInstant(zone), change.enters()));
    }

    /** When the article enters the sitemap and when it leaves it, of those after {@code now}. */
    private static Stream<NewsChange> changes(ArticleDocument document, Instant now) {
        Instant published = document.date().value().toInstant();
        Instant leaves = NewsWindow.leaves(published);
        if (document.expires() != null && document.expires().value().toInstant().isBefore(leaves)) {
            leaves = document.expires().value().toInstant();
        }
        if (!leaves.isAfter(published)) {
            return Stream.empty(); // expired before it was published: never listed
        }
        ZoneId zone = document.date().value().getZone();
        return Stream.of(new NewsChange(published.atZone(zone), true), new NewsChange(leaves.atZone(zone), false))
                .filter(change -> change.at().toInstant().isAfter(now));
    }
}
