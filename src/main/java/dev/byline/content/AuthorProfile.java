package dev.byline.content;

import dev.byline.model.AuthorLink;
import java.util.List;

/**
 * What a registry file or an inline {@code author:} mapping says about a writer.
 *
 * @param avatar a site path or URL as written; empty for none
 */
public record AuthorProfile(String name, String bio, String avatar, List<AuthorLink> links) {

    public AuthorProfile {
        links = List.copyOf(links);
    }

    /** A writer known only by name. */
    public static AuthorProfile named(String name) {
        return new AuthorProfile(name, "", "", List.of());
    }
}
