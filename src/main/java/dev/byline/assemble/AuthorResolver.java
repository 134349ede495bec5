package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.content.AuthorProfile;
import dev.byline.content.AuthorRef;
import dev.byline.content.ParsedArticle;
import dev.byline.content.RegistryAuthor;
import dev.byline.content.Slugs;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Suggestions;
import dev.byline.model.Author;
import dev.byline.model.AuthorKind;
import dev.byline.model.SiteConfig;
import dev.byline.model.SitePaths;
import dev.byline.yaml.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns author references into authors. Writers named only in articles are gathered first, by their name's slug,
 * so that every article shows the same author (and the bio and tagline given anywhere) whatever order they come
 * in. Organizations of the registry are checked here, against the whole registry: their members must be people of
 * it.
 */
final class AuthorResolver {

    private final SiteConfig config;
    private final Map<String, Author> registered = new HashMap<>();
    private final Map<String, Author> named = new HashMap<>();
    private final Diagnostics diagnostics;
    private final Map<String, String> slugs = new HashMap<>();

    /**
     * @param registry  the entries of content/authors/
     * @param published the articles going out, whose inline author descriptions count
     */
    AuthorResolver(SiteConfig config, List<RegistryAuthor> registry, List<ArticleDocument> published,
                   Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
        // people first: an organization's record holds its members'
        for (RegistryAuthor entry : registry) {
            if (entry.kind() == AuthorKind.PERSON) {
                registered.put(entry.slug(), author(entry.slug(), entry.profile()));
            }
        }
        Map<String, RegistryAuthor> bySlug = new HashMap<>();
        registry.forEach(entry -> bySlug.put(entry.slug(), entry));
        for (RegistryAuthor entry : registry) {
            if (entry.kind() == AuthorKind.ORGANIZATION) {
                registered.put(entry.slug(), organization(entry, bySlug));
            }
        }
        Map<String, String> describedIn = new HashMap<>();
        for (ArticleDocument document : published) {
            for (AuthorRef ref : document.authors()) {
                if (ref instanceof AuthorRef.Named writer) {
                    gather(writer, document.source().display(), describedIn);
                }
            }
        }
    }

    /** A name's slug: a few names, written on many articles, each worked out once. */
    private String slug(String name) {
        return slugs.computeIfAbsent(name, Slugs::slugify);
    }

    private Author author(String slug, AuthorProfile profile) {
        return new Author(slug, profile.name(), profile.bio(), config.href(SitePaths.author(slug)),
                avatar(profile), profile.links(), AuthorKind.PERSON, profile.tagline(), "", List.of());
    }

    private String avatar(AuthorProfile profile) {
        return profile.avatar().isEmpty() ? "" : config.resolve(profile.avatar());
    }

    /** An organization with its members, each checked: an author file, of a person, named once. */
    private Author organization(RegistryAuthor entry, Map<String, RegistryAuthor> bySlug) {
        List<Author> members = new ArrayList<>();
        for (Located<String> member : entry.members()) {
            String slug = member.value();
            RegistryAuthor named = bySlug.get(slug);
            if (named == null) {
                String hint = Suggestions.nearest(slug, bySlug.keySet())
                        .map(near -> "; did you mean " + near + "?")
                        .orElse("");
                diagnostics.add(member.position().error("member \"" + slug + "\" names no author: there is no "
                        + "content/authors/" + slug + ".yaml" + hint));
            } else if (named.kind() == AuthorKind.ORGANIZATION) {
                diagnostics.add(member.position().error("member \"" + slug + "\" is an organization (its file "
                        + "says kind: organization); an organization's members are people"));
            } else if (members.stream().anyMatch(known -> known.slug().equals(slug))) {
                diagnostics.add(member.position().warning("member \"" + slug + "\" is listed twice; once is "
                        + "enough"));
            } else {
                members.add(registered.get(slug));
            }
        }
        AuthorProfile profile = entry.profile();
        return new Author(entry.slug(), profile.name(), "", config.href(SitePaths.author(entry.slug())),
                avatar(profile), profile.links(), AuthorKind.ORGANIZATION, "", entry.description(), members);
    }

    private void gather(AuthorRef.Named writer, String file, Map<String, String> describedIn) {
        String slug = slug(writer.profile().name());
        if (slug.isEmpty() || registered.containsKey(slug)) {
            return;
        }
        Author known = named.get(slug);
        String bio = writer.profile().bio();
        boolean saysMore = known != null && (known.bio().isEmpty() && !bio.isEmpty() || known.bio().equals(bio)
                && known.tagline().isEmpty() && !writer.profile().tagline().isEmpty());
        if (known == null || saysMore) {
            named.put(slug, author(slug, writer.profile()));
            describedIn.put(slug, file);
        } else if (!bio.isEmpty() && !bio.equals(known.bio())) {
            diagnostics.add(writer.position().warning("the bio of " + known.name() + " differs from the one in "
                    + describedIn.get(slug) + ", which is used; keep one bio in content/authors/" + slug
                    + ".yaml"));
        }
    }

    /** The article's byline, or an empty list with errors reported when a reference does not resolve. */
    List<Author> resolve(ParsedArticle document) {
        List<Author> byline = new ArrayList<>();
        boolean valid = true;
        for (AuthorRef ref : document.authors()) {
            Optional<Author> author = ref instanceof AuthorRef.Slug slug ? bySlug(slug)
                    : byName((AuthorRef.Named) ref);
            valid &= author.isPresent();
            author.filter(a -> !byline.contains(a)).ifPresent(byline::add);
        }
        return valid ? byline : List.of();
    }

    private Optional<Author> bySlug(AuthorRef.Slug ref) {
        Author author = registered.get(ref.slug());
        if (author != null) {
            return Optional.of(author);
        }
        String hint = Suggestions.nearest(ref.slug(), registered.keySet())
                .map(near -> "did you mean " + near + "? ")
                .orElse("");
        diagnostics.add(ref.position().error("unknown author \"" + ref.slug() + "\": there is no content/authors/"
                + ref.slug() + ".yaml; " + hint + "write the author's full name, or create that file with a "
                + "\"name:\" line"));
        return Optional.empty();
    }

    private Optional<Author> byName(AuthorRef.Named ref) {
        String slug = slug(ref.profile().name());
        if (slug.isEmpty()) {
            diagnostics.add(ref.position().error("author name \"" + ref.profile().name() + "\" has no letters or digits "
                    + "that can form the author page's address; add a registry entry in content/authors/"));
            return Optional.empty();
        }
        Author known = registered.containsKey(slug) ? registered.get(slug) : named.get(slug);
        return Optional.of(known != null ? known : author(slug, ref.profile())); // named only in held articles
    }
}
