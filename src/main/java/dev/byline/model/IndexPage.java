package dev.byline.model;

import java.util.List;

/** What {@code index.jte} receives: one page of the newest-first list of articles. */
public record IndexPage(Site site, List<Article> articles, Pagination pagination, PageMeta meta) {

    public IndexPage {
        articles = List.copyOf(articles);
    }
}
