package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticleState;
import dev.byline.model.Html;
import dev.byline.model.Kicker;
import dev.byline.model.WorkType;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveTest {

    private static Article article(String slug, String date) {
        return new Article("content/articles/" + slug + ".md", slug, "/articles/" + slug + "/", slug, "", "",
                new ArticleDate(ZonedDateTime.parse(date), true), null, List.of(), List.of(), new Html(""), 0, null,
                ArticleState.PUBLISHED, List.of(), List.of(), WorkType.OP_ED, null, new Kicker("Opinion", ""), "",
                "", List.of());
    }

    private static final Article MARCH = article("march", "2025-03-02T09:00Z");
    private static final Article LATE_FEBRUARY = article("late-february", "2025-02-20T09:00Z");
    private static final Article EARLY_FEBRUARY = article("early-february", "2025-02-01T09:00Z");
    private static final Article DECEMBER = article("december", "2024-12-31T09:00Z");

    @Test
    void yearsAreNewestFirstEachWithItsPiecesInTheOrderGiven() {
        assertThat(Archive.byYear(List.of(MARCH, LATE_FEBRUARY, EARLY_FEBRUARY, DECEMBER)))
                .containsExactly(entry(2025, List.of(MARCH, LATE_FEBRUARY, EARLY_FEBRUARY)),
                        entry(2024, List.of(DECEMBER)));
    }

    @Test
    void monthsAreNewestFirstAcrossYears() {
        assertThat(Archive.byMonth(List.of(MARCH, LATE_FEBRUARY, EARLY_FEBRUARY, DECEMBER)).keySet())
                .containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 2), YearMonth.of(2024, 12));
        assertThat(Archive.byMonth(List.of(MARCH, LATE_FEBRUARY, EARLY_FEBRUARY)).get(YearMonth.of(2025, 2)))
                .containsExactly(LATE_FEBRUARY, EARLY_FEBRUARY);
    }

    @Test
    void aPieceCountsInTheMonthItsOwnPageShows() {
        // 23:30 in New York on February 28th is March 1st in UTC: its page says February 28, so does the archive
        Article lateEvening = article("late-evening", "2025-02-28T23:30-05:00");

        assertThat(Archive.byMonth(List.of(lateEvening)).keySet()).containsExactly(YearMonth.of(2025, 2));
    }

    @Test
    void noPiecesMakeNoGroups() {
        assertThat(Archive.byYear(List.of())).isEmpty();
    }

    private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
        return java.util.Map.entry(key, value);
    }
}
