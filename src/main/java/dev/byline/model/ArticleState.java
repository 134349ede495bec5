package dev.byline.model;

/**
 * What a plain {@code byline build} makes of an article that a build shows. Only the preview (and {@code build
 * --drafts} or {@code --future}) shows drafts and scheduled articles, so only there does a page carry their label;
 * a plain build publishes nothing but {@link #PUBLISHED} articles.
 */
public enum ArticleState {

    /** Published by a plain build. */
    PUBLISHED,

    /** {@code draft: true}: published by no plain build until the line goes. */
    DRAFT,

    /** Dated after the build: a plain build publishes it on its date. */
    SCHEDULED;

    /** What lists and the article's page say of it: {@code Draft}, {@code Scheduled for March 3, 2026}, or nothing. */
    String label(ArticleDate date) {
        return switch (this) {
            case PUBLISHED -> "";
            case DRAFT -> "Draft";
            case SCHEDULED -> "Scheduled for " + date.display();
        };
    }
}
