package dev.byline.content;

import dev.byline.diag.Position;

/** An entry of the author registry, {@code content/authors/<slug>.yaml}. */
public record RegistryAuthor(String slug, AuthorProfile profile, Position position) {
}
