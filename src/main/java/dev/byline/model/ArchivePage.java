package dev.byline.model;

import java.util.List;

/**
 * What {@code archive.jte} receives: the archive's first page, {@code /articles/}: every year with published pieces,
 * newest first, with how many each year and each of its months published.
 */
public record ArchivePage(Site site, List<ArchiveYear> years, PageMeta meta) implements PageModel {

    public ArchivePage {
        years = List.copyOf(years);
    }

    /** How many pieces the site has published. */
    public int count() {
        return years.stream().mapToInt(ArchiveYear::count).sum();
    }
}
