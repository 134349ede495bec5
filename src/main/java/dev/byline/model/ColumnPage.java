package dev.byline.model;

import java.util.List;

/**
 * What {@code column.jte} receives: a column and one page of its pieces.
 *
 * @param columnists the writers of the pieces on this page, in byline order, each once
 */
public record ColumnPage(Site site, Column column, List<Author> columnists, List<Article> articles,
                         Pagination pagination, PageMeta meta) implements PageModel {

    public ColumnPage {
        columnists = List.copyOf(columnists);
        articles = List.copyOf(articles);
    }

    /**
     * The one writer of every piece on this page, whom their bylines then leave out (as an author's page does);
     * null when the page has pieces by more than one.
     */
    public Author soleColumnist() {
        return columnists.size() == 1 ? columnists.get(0) : null;
    }

    /** The line over the column's name: the column type's label, linked to every column's pieces. */
    public Kicker label() {
        return site.config().typeKicker(WorkType.COLUMN);
    }
}
