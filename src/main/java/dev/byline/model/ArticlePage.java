package dev.byline.model;

/** What {@code article.jte} receives. */
public record ArticlePage(Site site, Article article) {
}
