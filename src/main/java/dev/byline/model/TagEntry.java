package dev.byline.model;

/** A tag in the list of all tags, with how many articles are filed under it. */
public record TagEntry(Tag tag, int articleCount) {
}
