package dev.byline.content;

/** An entry of the author registry, {@code content/authors/<slug>.yaml}. */
public record RegistryAuthor(String slug, AuthorProfile profile) {
}
