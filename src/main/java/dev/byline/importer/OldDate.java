package dev.byline.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as Jekyll and Hugo accept it ({@code 2024-05-01}, {@code 2024-05-01 09:30:00 +0200},
 * {@code 2024-05-01T09:30:00Z}), written the way Byline reads it, with the offset kept: a post written at 00:30 in
 * Berlin stays on its day.
 *
 * @param written what the new front matter says ({@code 2024-05-01T09:30:00+02:00})
 * @param local   the date and time in the old site's zone (Jekyll makes addresses from it)
 * @param clock   the date and time as written, in its own offset (Hugo makes addresses from it)
 */
public record OldDate(String written, LocalDateTime local, LocalDateTime clock) {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|z|UTC|[+-]\\d{2}:?\\d{2})?)?");

    public static Optional<OldDate> parse(String text, ZoneId zone) {
        Matcher date = DATE.matcher(text.strip());
        if (!date.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(number(date, 1), number(date, 2), number(date, 3));
            if (date.group(4) == null) {
                return Optional.of(new OldDate(day.toString(), day.atStartOfDay(), day.atStartOfDay()));
            }
            LocalTime time = LocalTime.of(number(date, 4), number(date, 5),
                    date.group(6) == null ? 0 : number(date, 6));
            LocalDateTime local = day.atTime(time);
            String clock = date.group(6) == null ? String.format("%02d:%02d", time.getHour(), time.getMinute())
                    : String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
            if (date.group(7) == null) {
                return Optional.of(new OldDate(day + "T" + clock, local, local));
            }
            ZoneOffset offset = offset(date.group(7));
            OffsetDateTime instant = local.atOffset(offset);
            String written = day + "T" + (date.group(6) == null ? clock + ":00" : clock)
                    + (offset.equals(ZoneOffset.UTC) ? "Z" : offset.getId());
            return Optional.of(new OldDate(written, instant.atZoneSameInstant(zone).toLocalDateTime(), local));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("Z") || text.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        return ZoneOffset.of(text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text);
    }

    private static int number(Matcher date, int group) {
        return Integer.parseInt(date.group(group));
    }
}
