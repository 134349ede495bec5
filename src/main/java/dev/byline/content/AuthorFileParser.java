package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.diag.Suggestions;
import dev.byline.model.AuthorKind;
import dev.byline.model.AuthorLink;
import dev.byline.source.SourceFile;
import dev.byline.source.TextDecoder;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlMap;
import dev.byline.yaml.YamlReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code content/authors/<slug>.yaml} (the slug is the file name), and the same fields when an article
 * describes its author inline: {@code name} (required), {@code bio}, {@code tagline}, {@code avatar},
 * {@code links}. Only a file can describe an organization ({@code kind: organization}, with {@code description}
 * and {@code members}): its members are other files, and a body that signs pieces is worth a file of its own.
 */
public final class AuthorFileParser {

    static final List<String> FILE_KEYS = List.of("name", "kind", "bio", "tagline", "description", "members",
            "avatar", "links");
    /** The keys only an organization has. */
    private static final List<String> ORGANIZATION_KEYS = List.of("description", "members");
    private static final List<String> KINDS = Arrays.stream(AuthorKind.values()).map(AuthorKind::word).toList();

    private AuthorFileParser() {
    }

    public static Optional<RegistryAuthor> parse(SourceFile file, Diagnostics diagnostics) {
        String fileName = file.relative().replaceFirst("\\.ya?ml$", "");
        if (!Slugs.isValid(fileName)) {
            diagnostics.add(Position.ofFile(file.display()).error("the file name is the author's slug and may "
                    + "only contain lower-case letters, digits and hyphens; rename it to "
                    + Slugs.slugify(fileName) + ".yaml"));
            return Optional.empty();
        }
        return TextDecoder.read(file, diagnostics)
                .flatMap(text -> YamlReader.readMapping(text, file.display(), 0, diagnostics))
                .flatMap(map -> entry(fileName, map, diagnostics));
    }

    private static Optional<RegistryAuthor> entry(String slug, YamlMap map, Diagnostics diagnostics) {
        map.warnUnknownKeys(FILE_KEYS);
        Optional<AuthorKind> kind = kind(map, diagnostics);
        Optional<AuthorProfile> profile = profile(map, diagnostics);
        if (kind.isEmpty() || profile.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get() == AuthorKind.PERSON) {
            for (String key : ORGANIZATION_KEYS) {
                reportIfPresent(map, key, key + " is for organizations: add the line kind: organization, or "
                        + "remove " + key, diagnostics);
            }
            return Optional.of(new RegistryAuthor(slug, profile.get()));
        }
        // One text says what an organization is, on its page and under its pieces: a bio beside a description
        // would be a second one, shown nowhere or twice.
        reportIfPresent(map, "bio", "an organization has a description, not a bio: rename bio to description",
                diagnostics);
        reportIfPresent(map, "tagline", "a tagline is for people (\"is a senior studying urban planning\"); "
                + "say what an organization is in its description", diagnostics);
        String description = map.text("description").map(d -> d.value().strip()).orElse("");
        List<Located<String>> members = map.textList("members", "[maren-okafor, theo-lindqvist]")
                .map(list -> list.stream().map(m -> new Located<>(m.value().strip(), m.position())).toList())
                .orElse(List.of());
        return Optional.of(new RegistryAuthor(slug, profile.get(), AuthorKind.ORGANIZATION, description, members));
    }

    private static Optional<AuthorKind> kind(YamlMap map, Diagnostics diagnostics) {
        Optional<Located<String>> written = map.text("kind");
        if (written.isEmpty()) {
            return Optional.of(AuthorKind.PERSON);
        }
        String value = written.get().value().strip();
        for (AuthorKind kind : AuthorKind.values()) {
            if (kind.word().equals(value)) {
                return Optional.of(kind);
            }
        }
        String hint = Suggestions.nearest(value.toLowerCase(Locale.ROOT), KINDS)
                .map(near -> "; did you mean " + near + "?")
                .orElse("");
        diagnostics.add(written.get().position().error("kind must be person or organization, found \"" + value
                + "\"" + hint));
        return Optional.empty();
    }

    private static void reportIfPresent(YamlMap map, String key, String message, Diagnostics diagnostics) {
        if (map.has(key)) {
            diagnostics.add(map.keyPosition(key).error(message));
        }
    }

    /**
     * The profile in an article's inline {@code author:} mapping, or empty with the errors reported. The keys only
     * an organization has are errors here, saying where an organization is described.
     */
    static Optional<AuthorProfile> inline(YamlMap map, Diagnostics diagnostics) {
        map.warnUnknownKeys(FILE_KEYS);
        Optional<AuthorProfile> profile = profile(map, diagnostics);
        boolean organization = kind(map, diagnostics).filter(kind -> kind == AuthorKind.ORGANIZATION).isPresent();
        String slug = profile.map(p -> Slugs.slugify(p.name())).filter(s -> !s.isEmpty()).orElse("its-slug");
        String where = "an organization is described in an author file: write it in content/authors/" + slug
                + ".yaml (with kind: organization) and name it here by its slug, author: " + slug;
        if (organization) {
            diagnostics.add(map.keyPosition("kind").error(where));
        }
        for (String key : ORGANIZATION_KEYS) {
            reportIfPresent(map, key, key + " is for organizations, and " + where, diagnostics);
        }
        return profile;
    }

    /** The fields a person's file and an inline author share, or empty with the errors reported. */
    private static Optional<AuthorProfile> profile(YamlMap map, Diagnostics diagnostics) {
        Optional<Located<String>> name = map.requiredText("name", "name: Andrew Wilson");
        String bio = map.text("bio").map(b -> b.value().strip()).orElse("");
        Optional<Located<String>> avatar = map.text("avatar");
        List<AuthorLink> links = map.mapping("links").map(l -> links(l, diagnostics)).orElse(List.of());
        Optional<Located<String>> tagline = map.text("tagline");
        String line = tagline.map(t -> t.value().strip()).orElse("");
        name.ifPresent(n -> {
            String written = n.value().strip();
            if (!line.isEmpty() && line.toLowerCase(Locale.ROOT).startsWith(written.toLowerCase(Locale.ROOT))) {
                diagnostics.add(tagline.get().position().warning("the tagline is shown after the name (\""
                        + written + " is a senior studying...\"): write it without \"" + written
                        + "\" at the start"));
            }
        });
        return name.map(n -> new AuthorProfile(n.value().strip(), bio,
                avatar.map(a -> a.value().strip()).orElse(""), avatar.map(Located::position).orElse(null), links,
                line));
    }

    /** {@code links:} maps a label to a web address: {@code Website: https://...}. */
    private static List<AuthorLink> links(YamlMap map, Diagnostics diagnostics) {
        List<AuthorLink> links = new ArrayList<>();
        for (String label : map.keys()) {
            map.text(label).ifPresent(url -> {
                String value = url.value().strip();
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
                    links.add(new AuthorLink(label, value));
                } else {
                    diagnostics.add(url.position().error("link \"" + label + "\" must be a full web address "
                            + "(https://...) or mailto:, found \"" + value + "\""));
                }
            });
        }
        return links;
    }
}
