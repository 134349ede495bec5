package dev.byline.model;

import java.util.List;

/** What {@code tag.jte} receives: a tag and one page of the articles filed under it. */
public record TagPage(Site site, Tag tag, List<Article> articles, Pagination pagination, PageMeta meta) implements PageModel {

    public TagPage {
        articles = List.copyOf(articles);
    }
}
