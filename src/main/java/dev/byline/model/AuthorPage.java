package dev.byline.model;

import java.util.List;

/** What {@code author.jte} receives: an author and one page of their articles, co-written ones included. */
public record AuthorPage(Site site, Author author, List<Article> articles, Pagination pagination,
                         PageMeta meta) implements PageModel {

    public AuthorPage {
        articles = List.copyOf(articles);
    }
}
