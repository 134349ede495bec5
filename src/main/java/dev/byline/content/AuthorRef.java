package dev.byline.content;

import dev.byline.diag.Position;

/** How an article names a writer, before the registry in {@code content/authors/} resolves it. */
public sealed interface AuthorRef {

    Position position();

    /** {@code author: andrew-wilson}: a registry entry. */
    record Slug(String slug, Position position) implements AuthorRef {
    }

    /** {@code author: Andrew Wilson} or {@code author: {name: ..., bio: ...}}: a writer named in the article. */
    record Named(AuthorProfile profile, Position position) implements AuthorRef {
    }
}
