package dev.byline.model;

import java.util.List;

/**
 * What {@code year.jte} receives: the archive's page of one year, every piece it published by month, newest first.
 *
 * @param years links to every year's page, newest first (this one among them), for the page's index of years
 */
public record ArchiveYearPage(Site site, ArchiveYear year, List<NavLink> years, PageMeta meta) implements PageModel {

    public ArchiveYearPage {
        years = List.copyOf(years);
    }
}
