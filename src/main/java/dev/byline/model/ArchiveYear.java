package dev.byline.model;

import java.util.List;

/**
 * One year of the archive, its months newest first.
 *
 * @param url root-relative link to the year's page
 */
public record ArchiveYear(int year, String url, List<ArchiveMonth> months) {

    public ArchiveYear {
        months = List.copyOf(months);
    }

    /** How many pieces the year published. */
    public int count() {
        return months.stream().mapToInt(ArchiveMonth::count).sum();
    }

    /** The link to one of its months: {@code /articles/2025/#2025-08}. */
    public String url(ArchiveMonth month) {
        return url + "#" + month.id();
    }
}
