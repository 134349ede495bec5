package dev.byline.content;

import dev.byline.model.ArticleDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads front matter dates. Accepted: {@code 2025-08-15}, {@code 2025-08-15T09:30} (or with a space, seconds
 * optional) read in the site's time zone, and the same with an offset ({@code Z}, {@code +02:00}), which is moved
 * into the site's zone so every page shows the site's calendar day. Also read as other generators write them
 * ({@code 2013-05-06 02:12:52 +0200}, {@code 2016-03-03 3:00}, {@code 2017-11-8}): a month, day or hour of one
 * digit, a space before the offset. Anything else is refused with the formats named.
 */
public final class DateParser {

    public static final String ACCEPTED = "2025-08-15, 2025-08-15T09:30 or 2025-08-15T09:30:00+02:00";

    private static final Pattern INVALID_FIELD = Pattern.compile("Invalid value for (\\w+) \\(.*\\): (-?\\d+)");
    private static final Pattern INVALID_DATE = Pattern.compile("Invalid date '(\\w+) (\\d+)'");
    private static final Map<String, String> FIELD_NAMES = Map.of("MonthOfYear", "month", "DayOfMonth", "day",
            "HourOfDay", "hour", "MinuteOfHour", "minute", "SecondOfMinute", "second");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    /** The accepted forms, with one-digit fields and a space before the offset allowed; groups as named. */
    private static final Pattern WRITTEN = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})"
            + "(?:[T ](?<hour>\\d{1,2}):(?<rest>\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)"
            + " *(?<offset>[Zz]|[+-]\\d{2}:?\\d{2})?)?");
    private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm")
            .optionalStart().appendLiteral(':').appendPattern("ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(LOCAL_DATE_TIME)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    /** Ways people write dates by hand, recognised only to suggest the right form. */
    private static final List<DateTimeFormatter> HUMAN = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));

    private DateParser() {
    }

    /** The parsed date, or why it is not one. */
    public sealed interface Result {
    }

    public record Parsed(ArticleDate date) implements Result {
    }

    public record Invalid(String message) implements Result {
    }

    public static Result parse(String text, ZoneId zone) {
        String value = text.trim();
        Matcher written = WRITTEN.matcher(value);
        try {
            if (!written.matches()) {
                return new Invalid(invalid(value, ""));
            }
            String day = written.group("year") + '-' + twoDigits(written.group("month")) + '-'
                    + twoDigits(written.group("day"));
            if (written.group("hour") == null) {
                return new Parsed(new ArticleDate(LocalDate.parse(day, LOCAL_DATE).atStartOfDay(zone), false));
            }
            String time = day + 'T' + twoDigits(written.group("hour")) + ':' + written.group("rest");
            String offset = written.group("offset");
            if (offset == null) {
                return new Parsed(new ArticleDate(LocalDateTime.parse(time, LOCAL_DATE_TIME).atZone(zone), true));
            }
            String isoOffset = offset.equalsIgnoreCase("z") ? "Z" // RFC 3339 allows a lower-case z
                    : offset.length() == 5 ? offset.substring(0, 3) + ':' + offset.substring(3) : offset;
            OffsetDateTime moment = OffsetDateTime.parse(time + isoOffset, OFFSET_DATE_TIME);
            return new Parsed(new ArticleDate(moment.atZoneSameInstant(zone), true));
        } catch (DateTimeParseException e) {
            return new Invalid(invalid(value, e.getCause() instanceof DateTimeException cause
                    ? reason(cause.getMessage()) : ""));
        }
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    /** @param reason what java.time found wrong, in the writer's words; empty when the form itself is wrong */
    private static String invalid(String value, String reason) {
        Matcher slashed = SLASHED.matcher(value);
        if (slashed.matches()) {
            return slashedDate(value, Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2)),
                    Integer.parseInt(slashed.group(3)));
        }
        Optional<LocalDate> human = human(value);
        if (human.isPresent()) {
            return "\"" + value + "\" is not in a date format Byline reads; write it as "
                    + human.get().format(LOCAL_DATE) + " (accepted: " + ACCEPTED + ")";
        }
        return "\"" + value + "\" is not a valid date" + reason + " (accepted: " + ACCEPTED + ")";
    }

    /** java.time's reasons, in the writer's words. */
    private static String reason(String javaMessage) {
        Matcher field = INVALID_FIELD.matcher(javaMessage);
        if (field.find()) {
            String name = FIELD_NAMES.getOrDefault(field.group(1), field.group(1));
            return ": there is no " + name + " " + field.group(2);
        }
        Matcher date = INVALID_DATE.matcher(javaMessage);
        if (date.find()) {
            String month = date.group(1).charAt(0) + date.group(1).substring(1).toLowerCase(Locale.ROOT);
            String leap = javaMessage.contains("leap year") ? " (not a leap year)" : "";
            return ": " + month + " " + date.group(2) + " does not exist in that year" + leap;
        }
        if (javaMessage.contains("offset") || javaMessage.contains("Value out of range")) {
            return ": its offset from UTC is not one that exists (offsets run from -18:00 to +18:00, such as +02:00)";
        }
        return ""; // the form is wrong in a way the message above already says; java.time's words are not a writer's
    }

    /** 15/09/2025 can only be day/month; 09/15/2025 only month/day; 05/09/2025 could be either. */
    private static String slashedDate(String value, int first, int second, int year) {
        String start = "\"" + value + "\" is not in a date format Byline reads; ";
        try {
            if (first > 12 || second > 12) {
                LocalDate date = first > 12 ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
                return start + "write it as " + date.format(LOCAL_DATE) + " (accepted: " + ACCEPTED + ")";
            }
            return start + "it could be " + LocalDate.of(year, second, first).format(LOCAL_DATE) + " or "
                    + LocalDate.of(year, first, second).format(LOCAL_DATE) + "; write the one you mean (accepted: "
                    + ACCEPTED + ")";
        } catch (DateTimeException impossible) {
            return "\"" + value + "\" is not a valid date (accepted: " + ACCEPTED + ")";
        }
    }

    private static Optional<LocalDate> human(String value) {
        for (DateTimeFormatter format : HUMAN) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
