package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.ArticleDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.DateTimes;
import net.jqwik.time.api.Dates;

/**
 * Any text in a {@code date:} line gives a date or a message, never an exception; every date Byline writes in its
 * accepted forms reads back as the same day (or the same moment, with an offset) in any site time zone.
 */
class DateParserPropertiesTest {

    private static final Set<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    @Property(tries = 500)
    void anyTextGivesADateOrAMessage(@ForAll String text, @ForAll("zones") ZoneId zone) {
        checkParsedOrExplained(text, zone);
    }

    @Property(tries = 500)
    void dateLikeTextGivesADateOrAMessage(@ForAll("dateLike") String text, @ForAll("zones") ZoneId zone) {
        checkParsedOrExplained(text, zone);
    }

    @Property(tries = 300)
    void anyDayReadsBackAsThatDay(@ForAll("days") LocalDate day, @ForAll("zones") ZoneId zone) {
        ArticleDate date = parsed(DAY.format(day), zone);

        assertThat(date.hasTime()).isFalse();
        assertThat(date.value().getZone()).isEqualTo(zone);
        assertThat(date.value().toLocalDate()).isEqualTo(day);
        assertThat(date.machine()).isEqualTo(DAY.format(day));
    }

    @Property(tries = 300)
    void anyLocalDateTimeReadsBackAsThatDayInTheSiteZone(@ForAll("dateTimes") LocalDateTime time,
                                                         @ForAll boolean withSeconds, @ForAll boolean withSpace,
                                                         @ForAll("zones") ZoneId zone) {
        Assume.that(!zone.getRules().getValidOffsets(time).isEmpty()); // a time skipped by a DST gap moves on
        String text = (withSeconds ? SECONDS : MINUTES).format(time);
        if (withSpace) {
            text = text.replace('T', ' ');
        }
        LocalDateTime written = withSeconds ? time : time.truncatedTo(ChronoUnit.MINUTES);

        ArticleDate date = parsed(text, zone);

        assertThat(date.hasTime()).isTrue();
        assertThat(date.value().getZone()).isEqualTo(zone);
        assertThat(date.value().toLocalDate()).isEqualTo(time.toLocalDate());
        assertThat(date.value().toLocalDateTime()).isEqualTo(written);
    }

    @Property(tries = 300)
    void dateTimeWithAnOffsetLandsOnTheSameInstant(@ForAll("dateTimes") LocalDateTime time,
                                                   @ForAll("offsets") ZoneOffset offset,
                                                   @ForAll("offsetForms") String form, @ForAll boolean withSeconds,
                                                   @ForAll("zones") ZoneId zone) {
        String text = (withSeconds ? SECONDS : MINUTES).format(time) + offsetText(offset, form);
        OffsetDateTime written = (withSeconds ? time : time.truncatedTo(ChronoUnit.MINUTES)).atOffset(offset);

        ArticleDate date = parsed(text, zone);

        assertThat(date.hasTime()).isTrue();
        assertThat(date.value().toInstant()).isEqualTo(written.toInstant());
        assertThat(date.value().getZone()).as("shown in the site's zone").isEqualTo(zone);
    }

    @Property(tries = 300)
    void jekyllFormWithUnpaddedFieldsAndASpacedOffsetLandsOnTheSameInstant(
            @ForAll("dateTimes") LocalDateTime time, @ForAll("offsets") ZoneOffset offset,
            @ForAll("offsetForms") String form, @ForAll("zones") ZoneId zone) {
        Assume.that(time.getYear() >= 1000); // years are written with four digits
        String text = time.getYear() + "-" + time.getMonthValue() + "-" + time.getDayOfMonth() + " "
                + time.getHour() + String.format(Locale.ROOT, ":%02d:%02d", time.getMinute(), time.getSecond())
                + " " + offsetText(offset, form);

        ArticleDate date = parsed(text, zone);

        assertThat(date.value().toInstant()).isEqualTo(time.atOffset(offset).toInstant());
        assertThat(date.value().getZone()).isEqualTo(zone);
    }

    @Property(tries = 200)
    void unpaddedDayReadsBackAsThatDay(@ForAll("days") LocalDate day, @ForAll("zones") ZoneId zone) {
        Assume.that(day.getYear() >= 1000);
        String text = day.getYear() + "-" + day.getMonthValue() + "-" + day.getDayOfMonth();

        ArticleDate date = parsed(text, zone);

        assertThat(date.hasTime()).isFalse();
        assertThat(date.value().toLocalDate()).isEqualTo(day);
    }

    @Property(tries = 200)
    void dayWrittenInWordsIsRefusedWithThatDaySuggested(@ForAll("days") LocalDate day,
                                                        @ForAll("humanForms") String pattern) {
        String text = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(day);

        DateParser.Result result = DateParser.parse(text, ZoneId.of("UTC"));

        assertThat(result).isInstanceOf(DateParser.Invalid.class);
        assertThat(((DateParser.Invalid) result).message()).contains("write it as " + DAY.format(day));
    }

    @Property(tries = 100)
    void dayThatDoesNotExistIsNeverSuggestedAsAnotherDay(@ForAll("impossibleHumanDays") String text) {
        DateParser.Result result = DateParser.parse(text, ZoneId.of("UTC"));

        assertThat(result).isInstanceOf(DateParser.Invalid.class);
        assertThat(((DateParser.Invalid) result).message()).doesNotContain("write it as");
    }

    @Property(tries = 50)
    void lowerCaseZIsUtcLikeUpperCaseZ(@ForAll("dateTimes") LocalDateTime time, @ForAll("zones") ZoneId zone) {
        String text = MINUTES.format(time) + "z";

        ArticleDate date = parsed(text, zone);

        assertThat(date.value().toInstant()).isEqualTo(time.truncatedTo(ChronoUnit.MINUTES).toInstant(ZoneOffset.UTC));
    }

    private static void checkParsedOrExplained(String text, ZoneId zone) {
        DateParser.Result result = DateParser.parse(text, zone);

        assertThat(result).isNotNull();
        if (result instanceof DateParser.Invalid invalid) {
            assertThat(invalid.message()).isNotBlank().contains(DateParser.ACCEPTED);
        } else {
            ArticleDate date = ((DateParser.Parsed) result).date();
            assertThat(date).isNotNull();
            assertThat(date.value().getZone()).isEqualTo(zone);
            assertThat(date.display()).isNotBlank();
            assertThat(date.machine()).isNotBlank();
        }
    }

    private static ArticleDate parsed(String text, ZoneId zone) {
        DateParser.Result result = DateParser.parse(text, zone);
        assertThat(result).as(text + " in " + zone).isInstanceOf(DateParser.Parsed.class);
        return ((DateParser.Parsed) result).date();
    }

    private static String offsetText(ZoneOffset offset, String form) {
        String id = offset.getId(); // Z or +05:30
        return switch (form) {
            case "compact" -> id.equals("Z") ? "+0000" : id.replace(":", "");
            case "explicit" -> id.equals("Z") ? "+00:00" : id;
            default -> id;
        };
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES).map(ZoneId::of);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    }

    @Provide
    Arbitrary<LocalDateTime> dateTimes() {
        return DateTimes.dateTimes().between(LocalDateTime.of(1, 1, 2, 0, 0), LocalDateTime.of(9999, 12, 30, 23, 59, 59));
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.integers().between(-18 * 60, 18 * 60).map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));
    }

    @Provide
    Arbitrary<String> offsetForms() {
        return Arbitraries.of("iso", "compact", "explicit");
    }

    @Provide
    Arbitrary<String> humanForms() {
        return Arbitraries.of("MMMM d, uuuu", "MMM d, uuuu", "d MMMM uuuu", "d MMM uuuu");
    }

    @Provide
    Arbitrary<String> impossibleHumanDays() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(29, 31),
                        Arbitraries.integers().between(1900, 2100))
                .filter((month, day, year) -> day > LocalDate.of(year, month, 1).lengthOfMonth())
                .as((month, day, year) -> java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL,
                        Locale.ENGLISH) + " " + day + ", " + year);
    }

    /** Text that looks like a date: digits and the separators of the accepted forms, often nearly right. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> soup = Arbitraries.strings().withChars("0123456789-T:+Z .z").ofMaxLength(30);
        Arbitrary<String> mutated = Combinators.combine(
                        Arbitraries.of("2025-08-15", "2025-08-15T09:30", "2025-08-15 09:30:00", "2025-08-15T09:30:00+02:00",
                                "2025-08-15T09:30Z", "2025-08-15T09:30:00.123456789-0530", "0000-00-00", "9999-12-31T23:59-18:00"),
                        Arbitraries.integers().between(0, 40), Arbitraries.chars().with("0123456789-T:+Z .z\u0660\uff10"))
                .as((base, index, c) -> {
                    int at = Math.min(index, base.length());
                    return index % 3 == 0 ? base.substring(0, at) + c + base.substring(at)
                            : index % 3 == 1 && at < base.length() ? base.substring(0, at) + c + base.substring(at + 1)
                            : base.substring(0, at);
                });
        Arbitrary<String> human = Arbitraries.of("August 15, 2025", "Aug 15, 2025", "15 August 2025", "15 Aug 2025",
                "August 32, 2025", "February 29, 2025", "Smarch 1, 2025", "15/08/2025", "08/15/2025", "yesterday",
                "2025-W33-5", "2025-227", "20250815", "+12025-08-15", "-2025-08-15", "2025-8-15", " 2025-08-15 ");
        return Arbitraries.oneOf(soup, mutated, human);
    }
}
