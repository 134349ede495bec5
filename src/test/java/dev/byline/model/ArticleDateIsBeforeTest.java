package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ArticleDateIsBeforeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ArticleDate day(int month, int day) {
        return new ArticleDate(ZonedDateTime.of(2025, month, day, 0, 0, 0, 0, NEW_YORK), false);
    }

    private static ArticleDate time(int month, int day, int hour, int minute) {
        return new ArticleDate(ZonedDateTime.of(2025, month, day, hour, minute, 0, 0, NEW_YORK), true);
    }

    @Test
    void dayOnlyIsNotBeforeATimeOnTheSameDay() {
        assertThat(day(10, 1).isBefore(time(10, 1, 8, 30))).isFalse();
    }

    @Test
    void timeIsNotBeforeADayOnlyOnTheSameDay() {
        assertThat(time(10, 1, 8, 30).isBefore(day(10, 1))).isFalse();
    }

    @Test
    void dayOnlyIsBeforeATimeOnALaterDay() {
        assertThat(day(9, 30).isBefore(time(10, 1, 0, 1))).isTrue();
        assertThat(time(9, 30, 23, 59).isBefore(day(10, 1))).isTrue();
    }

    @Test
    void dayOnlyIsNotBeforeATimeOnAnEarlierDay() {
        assertThat(day(10, 2).isBefore(time(10, 1, 23, 59))).isFalse();
    }

    @Test
    void twoDaysCompareByCalendarDay() {
        assertThat(day(10, 1).isBefore(day(10, 2))).isTrue();
        assertThat(day(10, 1).isBefore(day(10, 1))).isFalse();
        assertThat(day(10, 2).isBefore(day(10, 1))).isFalse();
    }

    @Test
    void twoTimesCompareByMoment() {
        assertThat(time(10, 1, 8, 0).isBefore(time(10, 1, 8, 1))).isTrue();
        assertThat(time(10, 1, 8, 1).isBefore(time(10, 1, 8, 0))).isFalse();
        assertThat(time(10, 1, 8, 0).isBefore(time(10, 1, 8, 0))).isFalse();
    }

    @Test
    void timesInDifferentZonesCompareByMoment() {
        ArticleDate londonNine = new ArticleDate(
                ZonedDateTime.of(2025, 10, 1, 9, 0, 0, 0, ZoneId.of("Europe/London")), true);

        // 09:00 in London (+01:00) is 04:00 in New York
        assertThat(londonNine.isBefore(time(10, 1, 5, 0))).isTrue();
        assertThat(time(10, 1, 5, 0).isBefore(londonNine)).isFalse();
    }

    @Test
    void dayOnlyIsComparedInItsOwnZone() {
        ArticleDate lateEveningInUtc = new ArticleDate(
                ZonedDateTime.of(2025, 10, 2, 2, 0, 0, 0, ZoneId.of("UTC")), true);

        // 02:00 UTC on October 2 is still October 1 in New York
        assertThat(day(10, 1).isBefore(lateEveningInUtc)).isFalse();
    }
}
