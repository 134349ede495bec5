package dev.byline.content;

import dev.byline.diag.Position;
import dev.byline.yaml.Located;

/** How an article names a writer, before the registry in {@code content/authors/} resolves it. */
public sealed interface AuthorRef {

    Position position();

    /** A writer named by text: a registry slug when it is written as one, a name otherwise. */
    static AuthorRef written(Located<String> text) {
        String value = text.value().strip();
        return Slugs.isValid(value)
                ? new Slug(value, text.position())
                : new Named(AuthorProfile.named(value), text.position());
    }

    /** {@code author: andrew-wilson}: a registry entry. */
    record Slug(String slug, Position position) implements AuthorRef {
    }

    /** {@code author: Andrew Wilson} or {@code author: {name: ..., bio: ...}}: a writer named in the article. */
    record Named(AuthorProfile profile, Position position) implements AuthorRef {
    }
}
