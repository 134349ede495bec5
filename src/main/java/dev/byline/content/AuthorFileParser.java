package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.AuthorLink;
import dev.byline.source.SourceFile;
import dev.byline.source.TextDecoder;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlMap;
import dev.byline.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code content/authors/<slug>.yaml} (the slug is the file name), and the same fields when an article
 * describes its author inline: {@code name} (required), {@code bio}, {@code avatar}, {@code links}.
 */
public final class AuthorFileParser {

    static final List<String> KEYS = List.of("name", "bio", "avatar", "links");

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
                .flatMap(map -> profile(map, diagnostics)
                        .map(profile -> new RegistryAuthor(fileName, profile)));
    }

    /** The profile in a mapping, or empty with the errors reported. */
    static Optional<AuthorProfile> profile(YamlMap map, Diagnostics diagnostics) {
        map.warnUnknownKeys(KEYS);
        Optional<Located<String>> name = map.requiredText("name", "name: Andrew Wilson");
        String bio = map.text("bio").map(b -> b.value().strip()).orElse("");
        Optional<Located<String>> avatar = map.text("avatar");
        List<AuthorLink> links = map.mapping("links").map(l -> links(l, diagnostics)).orElse(List.of());
        return name.map(n -> new AuthorProfile(n.value().strip(), bio,
                avatar.map(a -> a.value().strip()).orElse(""), avatar.map(Located::position).orElse(null), links));
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
