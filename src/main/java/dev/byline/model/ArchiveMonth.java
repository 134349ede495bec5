package dev.byline.model;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One month of the archive.
 *
 * @param count    how many pieces it published
 * @param articles those pieces, newest first, on its year's page; empty on the archive's first page, which shows
 *                 only how many
 */
public record ArchiveMonth(YearMonth month, int count, List<Article> articles) {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    public ArchiveMonth {
        articles = List.copyOf(articles);
    }

    /** {@code August}. */
    public String name() {
        return NAME.format(month);
    }

    /** The month's anchor on its year's page: {@code 2025-08}. */
    public String id() {
        return month.toString();
    }
}
