package dev.byline.model;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A publication date as the writer gave it: a day, or a day and a time, placed in a zone.
 *
 * @param value   the moment (midnight in the site's zone when only a day was given)
 * @param hasTime whether the writer gave a time of day
 */
public record ArticleDate(ZonedDateTime value, boolean hasTime) implements Comparable<ArticleDate> {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    /** For readers: {@code August 15, 2025}. */
    public String display() {
        return DISPLAY.format(value);
    }

    /** For {@code <time datetime>}: {@code 2025-08-15}, or the full date-time with offset when a time was given. */
    public String machine() {
        return hasTime ? iso() : DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }

    /**
     * Whether this date comes before another. When either has no time of day, calendar days are compared: "updated
     * 2025-10-01" is not before "date 2025-10-01T08:30".
     */
    public boolean isBefore(ArticleDate other) {
        if (hasTime && other.hasTime) {
            return compareTo(other) < 0;
        }
        return value.toLocalDate().isBefore(other.value.withZoneSameInstant(value.getZone()).toLocalDate());
    }

    /** Full ISO 8601 / RFC 3339 with offset, as feeds, sitemaps, Open Graph and schema.org expect. */
    public String iso() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    @Override
    public int compareTo(ArticleDate other) {
        // as the instants compare, without making them: sorting ten thousand articles compares dates often
        int seconds = Long.compare(value.toEpochSecond(), other.value.toEpochSecond());
        return seconds != 0 ? seconds : Integer.compare(value.getNano(), other.value.getNano());
    }
}
