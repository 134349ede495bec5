package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.ArticleDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ArticleDate parsed(String text, ZoneId zone) {
        DateParser.Result result = DateParser.parse(text, zone);
        assertThat(result).isInstanceOf(DateParser.Parsed.class);
        return ((DateParser.Parsed) result).date();
    }

    private static String invalid(String text) {
        DateParser.Result result = DateParser.parse(text, NEW_YORK);
        assertThat(result).isInstanceOf(DateParser.Invalid.class);
        return ((DateParser.Invalid) result).message();
    }

    @Test
    void anOffsetThatCannotExistIsSaidInWordsNotInJavaTimesTerms() {
        String message = invalid("2025-01-01 10:00 +2500");

        assertThat(message).contains("offset from UTC").doesNotContain("Value out of range").doesNotContain("Hour[");
    }

    @Test
    void dateOnlyIsMidnightInTheSiteZoneWithoutTime() {
        ArticleDate date = parsed("2025-08-15", NEW_YORK);

        assertThat(date.value()).isEqualTo(ZonedDateTime.of(2025, 8, 15, 0, 0, 0, 0, NEW_YORK));
        assertThat(date.hasTime()).isFalse();
        assertThat(date.machine()).isEqualTo("2025-08-15");
        assertThat(date.display()).isEqualTo("August 15, 2025");
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(parsed("  2025-08-15 ", NEW_YORK).machine()).isEqualTo("2025-08-15");
    }

    @Test
    void dateWithoutOffsetIsReadInTheSiteTimeZone() {
        ArticleDate date = parsed("2025-08-15T09:30", NEW_YORK);

        assertThat(date.value()).isEqualTo(ZonedDateTime.of(2025, 8, 15, 9, 30, 0, 0, NEW_YORK));
        assertThat(date.hasTime()).isTrue();
        assertThat(date.machine()).isEqualTo("2025-08-15T09:30:00-04:00");
    }

    @Test
    void theSameLocalTimeIsADifferentInstantInAnotherSiteZone() {
        ArticleDate newYork = parsed("2025-08-15T09:30", NEW_YORK);
        ArticleDate tokyo = parsed("2025-08-15T09:30", ZoneId.of("Asia/Tokyo"));

        assertThat(newYork.value().toLocalDateTime()).isEqualTo(tokyo.value().toLocalDateTime());
        assertThat(tokyo.value().toInstant()).isBefore(newYork.value().toInstant());
    }

    @Test
    void aSpaceMayStandInsteadOfT() {
        ArticleDate date = parsed("2025-08-15 09:30", NEW_YORK);

        assertThat(date.value().toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 8, 15, 9, 30));
        assertThat(date.value().getZone()).isEqualTo(NEW_YORK);
    }

    @Test
    void secondsAreAccepted() {
        ArticleDate date = parsed("2025-08-15T09:30:45", NEW_YORK);

        assertThat(date.value().toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 8, 15, 9, 30, 45));
        assertThat(date.machine()).isEqualTo("2025-08-15T09:30:45-04:00");
    }

    @Test
    void utcOffsetIsMovedIntoTheSiteZoneAndCanChangeTheDay() {
        ArticleDate date = parsed("2025-08-15T02:00:00Z", NEW_YORK);

        assertThat(date.value()).isEqualTo(ZonedDateTime.of(2025, 8, 14, 22, 0, 0, 0, NEW_YORK));
        assertThat(date.value().getZone()).isEqualTo(NEW_YORK);
        assertThat(date.display()).isEqualTo("August 14, 2025");
        assertThat(date.machine()).isEqualTo("2025-08-14T22:00:00-04:00");
        assertThat(date.hasTime()).isTrue();
    }

    @Test
    void numericOffsetIsMovedIntoTheSiteZone() {
        ArticleDate date = parsed("2025-08-15T09:30:00+02:00", NEW_YORK);

        assertThat(date.value()).isEqualTo(ZonedDateTime.of(2025, 8, 15, 3, 30, 0, 0, NEW_YORK));
    }

    @Test
    void offsetWithoutColonIsAccepted() {
        ArticleDate date = parsed("2025-08-15T09:30+0200", NEW_YORK);

        assertThat(date.value()).isEqualTo(ZonedDateTime.of(2025, 8, 15, 3, 30, 0, 0, NEW_YORK));
    }

    @Test
    void spaceAndOffsetTogetherAreAccepted() {
        ArticleDate date = parsed("2025-08-15 02:00Z", NEW_YORK);

        assertThat(date.display()).isEqualTo("August 14, 2025");
    }

    @Test
    void jekyllDateWithASpaceBeforeTheOffsetKeepsTheOffset() {
        ArticleDate compact = parsed("2013-05-06 02:12:52 +0200", NEW_YORK);
        ArticleDate withColon = parsed("2013-05-06 02:12:52 -05:00", NEW_YORK);

        assertThat(compact.value()).isEqualTo(ZonedDateTime.of(2013, 5, 5, 20, 12, 52, 0, NEW_YORK));
        assertThat(withColon.value()).isEqualTo(ZonedDateTime.of(2013, 5, 6, 3, 12, 52, 0, NEW_YORK));
    }

    @Test
    void singleDigitHourMonthOrDayIsAccepted() {
        assertThat(parsed("2016-03-03 3:00", NEW_YORK).value().toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2016, 3, 3, 3, 0));
        ArticleDate day = parsed("2017-11-8", NEW_YORK);
        assertThat(day.machine()).isEqualTo("2017-11-08");
        assertThat(day.hasTime()).isFalse();
        assertThat(parsed("2017-1-8T9:05+01:00", NEW_YORK).value())
                .isEqualTo(ZonedDateTime.of(2017, 1, 8, 3, 5, 0, 0, NEW_YORK));
    }

    @Test
    void singleDigitFieldsStillNameAnImpossibleDate() {
        assertThat(invalid("2017-13-8")).contains("there is no month 13");
        assertThat(invalid("2017-2-30 3:00")).contains("February 30 does not exist");
    }

    @Test
    void invalidMonthIsNamed() {
        String message = invalid("2025-13-01");

        assertThat(message).startsWith("\"2025-13-01\" is not a valid date: there is no month 13");
        assertThat(message).contains("(accepted: " + DateParser.ACCEPTED + ")");
    }

    @Test
    void invalidDayIsNamed() {
        assertThat(invalid("2025-08-32")).startsWith("\"2025-08-32\" is not a valid date: there is no day 32");
    }

    @Test
    void dayThatDoesNotExistInTheMonthIsNamed() {
        assertThat(invalid("2025-04-31"))
                .startsWith("\"2025-04-31\" is not a valid date: April 31 does not exist in that year");
    }

    @Test
    void february29InANonLeapYearSaysSo() {
        assertThat(invalid("2025-02-29"))
                .startsWith("\"2025-02-29\" is not a valid date: February 29 does not exist in that year "
                        + "(not a leap year)");
    }

    @Test
    void february29InALeapYearIsFine() {
        assertThat(parsed("2024-02-29", NEW_YORK).display()).isEqualTo("February 29, 2024");
    }

    @Test
    void invalidHourIsNamed() {
        assertThat(invalid("2025-08-15T25:00")).contains("there is no hour 25");
    }

    @Test
    void humanDateIsAnsweredWithTheIsoForm() {
        String message = invalid("August 15, 2025");

        assertThat(message).startsWith("\"August 15, 2025\" is not in a date format Byline reads; write it as "
                + "2025-08-15");
        assertThat(message).contains(DateParser.ACCEPTED);
    }

    @Test
    void otherHumanDateFormsAreAnsweredToo() {
        assertThat(invalid("Aug 15, 2025")).contains("write it as 2025-08-15");
        assertThat(invalid("15 August 2025")).contains("write it as 2025-08-15");
        assertThat(invalid("15 Aug 2025")).contains("write it as 2025-08-15");
    }

    @Test
    void gibberishIsRefusedWithTheAcceptedFormats() {
        String message = invalid("yesterday");

        assertThat(message).startsWith("\"yesterday\" is not a valid date");
        assertThat(message).endsWith("(accepted: " + DateParser.ACCEPTED + ")");
    }

    @Test
    void slashDatesAreRefusedWithTheIsoFormWhenOnlyOneReadingIsPossible() {
        assertThat(invalid("08/15/2025")).contains("write it as 2025-08-15");
        assertThat(invalid("15.08.2025")).contains("write it as 2025-08-15");
    }

    @Test
    void ambiguousSlashDatesNameBothReadings() {
        assertThat(invalid("05/09/2025")).contains("it could be 2025-09-05 or 2025-05-09");
    }
}
