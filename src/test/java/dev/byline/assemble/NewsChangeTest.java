package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.content.ArticleDocument;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsChangeTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ArticleDocument document(boolean draft, String date, String expires) {
        return PublishingRulesTest.document(draft, PublishingRulesTest.at(date),
                expires == null ? null : PublishingRulesTest.at(expires));
    }

    private static NewsChange next(ArticleDocument... documents) {
        return NewsChange.next(List.of(documents), NOW, NEW_YORK).orElseThrow();
    }

    @Test
    void aRecentArticleLeaves48HoursAfterItsDateInTheSitesZone() {
        NewsChange change = next(document(false, "2026-01-01T10:00:00Z", null),
                document(false, "2025-12-31T20:00:00Z", null));

        assertThat(change.enters()).isFalse();
        assertThat(change.at().toInstant()).isEqualTo(Instant.parse("2026-01-02T20:00:00Z"));
        assertThat(change.at().getZone()).isEqualTo(NEW_YORK);
    }

    @Test
    void aScheduledArticleEnteringSoonerIsTheNextChange() {
        NewsChange change = next(document(false, "2026-01-01T10:00:00Z", null),
                document(false, "2026-01-01T18:00:00Z", null));

        assertThat(change.enters()).isTrue();
        assertThat(change.at().toInstant()).isEqualTo(Instant.parse("2026-01-01T18:00:00Z"));
    }

    @Test
    void anArticleExpiringWithinItsTwoDaysLeavesWhenItExpires() {
        NewsChange change = next(document(false, "2026-01-01T10:00:00Z", "2026-01-01T15:00:00Z"));

        assertThat(change.enters()).isFalse();
        assertThat(change.at().toInstant()).isEqualTo(Instant.parse("2026-01-01T15:00:00Z"));
    }

    @Test
    void draftsOldArticlesAndPiecesExpiredBeforeTheirDateChangeNothing() {
        assertThat(NewsChange.next(List.of(document(true, "2026-01-01T18:00:00Z", null),
                        document(false, "2025-12-01T10:00:00Z", null),
                        document(false, "2026-01-05T10:00:00Z", "2026-01-04T10:00:00Z")), NOW, NEW_YORK))
                .isEmpty();
    }
}
