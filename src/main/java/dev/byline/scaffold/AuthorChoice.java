package dev.byline.scaffold;

import dev.byline.content.RegistryAuthor;
import dev.byline.content.Slugs;
import dev.byline.diag.Suggestions;
import dev.byline.yaml.YamlScalars;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who a new article names as its author: a writer of the registry, a writer named in the article, or neither. */
public sealed interface AuthorChoice {

    /** A writer was chosen. */
    sealed interface Chosen extends AuthorChoice {

        /** The value of the article's {@code author:} line. */
        String yaml();
    }

    /** {@code author: maren-okafor}: an entry of {@code content/authors/}. */
    record Registered(String slug) implements Chosen {
        @Override
        public String yaml() {
            return YamlScalars.plainOrQuoted(slug);
        }
    }

    /** {@code author: "Jane Doe"}: a writer who is not in the registry, named in the article. */
    record Named(String name) implements Chosen {
        @Override
        public String yaml() {
            return YamlScalars.quoted(name);
        }
    }

    /** Nobody could be chosen; {@code reason} says what to give instead. */
    record Unresolved(String reason) implements AuthorChoice {
    }

    /**
     * The author for {@code --author given}: a registry slug, or a registry writer's name in any case, is that
     * writer; any other name is written into the article, except a slug-like word, which the build would read as a
     * registry slug and which is a typo more often than a name. Without {@code given}, the registry's only writer.
     *
     * @param given the writer as the command line gives them, or {@code null}
     */
    static AuthorChoice of(String given, List<RegistryAuthor> registry) {
        if (given == null) {
            return registry.size() == 1 ? new Registered(registry.get(0).slug())
                    : new Unresolved("say who wrote it with --author: " + (registry.isEmpty()
                            ? "a name, such as --author \"Jane Doe\""
                            : "a slug from content/authors/ (" + slugs(registry) + ") or a name"));
        }
        String wanted = given.strip();
        Optional<RegistryAuthor> registered = registry.stream()
                .filter(author -> author.slug().equals(wanted)
                        || author.profile().name().strip().equalsIgnoreCase(wanted))
                .findFirst();
        if (registered.isPresent()) {
            return new Registered(registered.get().slug());
        }
        if (wanted.isEmpty()) {
            return new Unresolved("--author is blank; give a slug from content/authors/ or a name");
        }
        if (Slugs.isValid(wanted)) {
            String nearest = Suggestions.nearest(wanted, registry.stream().map(RegistryAuthor::slug).toList())
                    .map(slug -> "did you mean " + slug + "? ").orElse("");
            return new Unresolved("no writer \"" + wanted + "\" in content/authors/; " + nearest
                    + "to name a writer who is not in the registry, write the name as it is printed, such as "
                    + "--author \"" + Words.capitalised(wanted) + "\"");
        }
        return new Named(wanted);
    }

    private static String slugs(List<RegistryAuthor> registry) {
        return registry.stream().map(RegistryAuthor::slug).collect(Collectors.joining(", "));
    }
}
