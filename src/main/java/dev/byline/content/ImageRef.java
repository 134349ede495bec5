package dev.byline.content;

/** The {@code image:} of an article as written; {@code src} is resolved against the base path when assembled. */
public record ImageRef(String src, String alt, String caption, String credit) {
}
