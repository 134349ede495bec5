package dev.byline.model;

import java.util.List;

/**
 * What {@code author.jte} receives: an author and one page of their articles, co-written ones included; for an
 * organization, its members.
 */
public record AuthorPage(Site site, Author author, List<Article> articles, Pagination pagination,
                         PageMeta meta, List<Member> members) implements PageModel {

    public AuthorPage {
        articles = List.copyOf(articles);
        members = List.copyOf(members);
    }
}
