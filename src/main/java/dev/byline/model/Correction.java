package dev.byline.model;

/** A correction or editor's note appended to an article after publication. */
public record Correction(ArticleDate date, String text) {
}
