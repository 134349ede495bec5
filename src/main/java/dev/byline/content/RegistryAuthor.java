package dev.byline.content;

import dev.byline.model.AuthorKind;
import dev.byline.yaml.Located;
import java.util.List;

/**
 * An entry of the author registry, {@code content/authors/<slug>.yaml}.
 *
 * @param description an organization's account of itself; empty for a person
 * @param members     an organization's members as written: registry slugs, each where it is written, checked
 *                    against the whole registry when the site is assembled; empty for a person
 */
public record RegistryAuthor(String slug, AuthorProfile profile, AuthorKind kind, String description,
                             List<Located<String>> members) {

    public RegistryAuthor {
        members = List.copyOf(members);
    }

    /** A person's entry. */
    public RegistryAuthor(String slug, AuthorProfile profile) {
        this(slug, profile, AuthorKind.PERSON, "", List.of());
    }
}
