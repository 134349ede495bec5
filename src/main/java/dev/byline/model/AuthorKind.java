package dev.byline.model;

import java.util.Locale;

/** Who an author is: a writer, or a body that signs as one (an editorial board, a student union). */
public enum AuthorKind {
    PERSON,
    ORGANIZATION;

    /** As an author file writes it: {@code person}, {@code organization}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
