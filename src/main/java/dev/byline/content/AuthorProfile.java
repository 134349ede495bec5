package dev.byline.content;

import dev.byline.diag.Position;
import dev.byline.model.AuthorLink;
import dev.byline.yaml.Located;
import java.util.List;
import java.util.Optional;

/**
 * What a registry file or an inline {@code author:} mapping says about a writer.
 *
 * @param avatar         a site path or URL as written; empty for none
 * @param avatarPosition where {@code avatar} is written; {@code null} when there is none
 * @param tagline        the rest of a sentence that starts with the name ("is a senior studying urban planning"),
 *                       without the name; empty for none
 */
public record AuthorProfile(String name, String bio, String avatar, Position avatarPosition,
                            List<AuthorLink> links, String tagline) {

    public AuthorProfile {
        links = List.copyOf(links);
    }

    /** A writer with no tagline. */
    public AuthorProfile(String name, String bio, String avatar, Position avatarPosition, List<AuthorLink> links) {
        this(name, bio, avatar, avatarPosition, links, "");
    }

    /** A writer known only by name. */
    public static AuthorProfile named(String name) {
        return new AuthorProfile(name, "", "", null, List.of());
    }

    /** The avatar with where it is written, when there is one. */
    public Optional<Located<String>> avatarAsWritten() {
        return avatar.isEmpty() ? Optional.empty() : Optional.of(new Located<>(avatar, avatarPosition));
    }
}
