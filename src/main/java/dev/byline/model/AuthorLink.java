package dev.byline.model;

/** A link on an author's page: their website or a social profile. */
public record AuthorLink(String label, String url) {
}
