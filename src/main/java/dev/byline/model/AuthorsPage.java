package dev.byline.model;

import java.util.List;

/** What {@code authors.jte} receives: every author, by name. */
public record AuthorsPage(Site site, List<AuthorEntry> authors, PageMeta meta) implements PageModel {

    public AuthorsPage {
        authors = List.copyOf(authors);
    }
}
