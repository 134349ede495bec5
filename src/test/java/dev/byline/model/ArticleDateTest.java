package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ArticleDateTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void displayIsTheLongEnglishDate() {
        ArticleDate date = new ArticleDate(ZonedDateTime.of(2025, 8, 5, 0, 0, 0, 0, NEW_YORK), false);

        assertThat(date.display()).isEqualTo("August 5, 2025");
    }

    @Test
    void machineIsTheDayWhenNoTimeWasGiven() {
        ArticleDate date = new ArticleDate(ZonedDateTime.of(2025, 8, 15, 0, 0, 0, 0, NEW_YORK), false);

        assertThat(date.machine()).isEqualTo("2025-08-15");
    }

    @Test
    void machineIsTheDateTimeWithOffsetWhenATimeWasGiven() {
        ArticleDate summer = new ArticleDate(ZonedDateTime.of(2025, 8, 15, 9, 30, 0, 0, NEW_YORK), true);
        ArticleDate winter = new ArticleDate(ZonedDateTime.of(2025, 1, 15, 9, 30, 0, 0, NEW_YORK), true);
        ArticleDate utc = new ArticleDate(ZonedDateTime.of(2025, 1, 15, 9, 30, 0, 0, ZoneId.of("UTC")), true);

        assertThat(summer.machine()).isEqualTo("2025-08-15T09:30:00-04:00");
        assertThat(winter.machine()).isEqualTo("2025-01-15T09:30:00-05:00");
        assertThat(utc.machine()).isEqualTo("2025-01-15T09:30:00Z");
    }

    @Test
    void datesCompareByInstantWhateverTheirZone() {
        ArticleDate newYorkMorning = new ArticleDate(ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK), true);
        ArticleDate londonAfternoon = new ArticleDate(
                ZonedDateTime.of(2025, 8, 15, 13, 0, 0, 0, ZoneId.of("Europe/London")), true);

        // 13:00 in London (BST, +01:00) is 08:00 in New York: earlier
        assertThat(londonAfternoon.compareTo(newYorkMorning)).isNegative();
        assertThat(newYorkMorning.compareTo(londonAfternoon)).isPositive();
        assertThat(newYorkMorning.compareTo(newYorkMorning)).isZero();
    }
}
