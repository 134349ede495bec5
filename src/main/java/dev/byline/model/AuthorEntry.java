package dev.byline.model;

/** An author in the list of all authors, with how many articles they wrote or co-wrote. */
public record AuthorEntry(Author author, int articleCount) {
}
