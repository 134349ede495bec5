package dev.byline.importer;

import dev.byline.content.Slugs;
import dev.byline.yaml.YamlScalars;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The author registry an import writes: one file for every writer the old site describes, and one for every other
 * name a post is signed with, each under a slug of its own.
 */
final class NewAuthors {

    private static final String FALLBACK_SLUG = "writer";

    private final Map<String, OldAuthor> described = new HashMap<>();
    private final Map<String, String> slugByHandle = new HashMap<>();
    private final Map<String, OldAuthor> bySlug = new TreeMap<>();

    NewAuthors(List<OldAuthor> authors) {
        for (OldAuthor author : authors) {
            described.putIfAbsent(author.handle().toLowerCase(Locale.ROOT), author);
        }
        authors.forEach(author -> slugOf(author.handle()));
    }

    /** The slug of the writer a post names by handle or by name; made on first use. */
    String slugOf(String handleOrName) {
        String key = handleOrName.strip().toLowerCase(Locale.ROOT);
        String known = slugByHandle.get(key);
        if (known != null) {
            return known;
        }
        OldAuthor author = described.getOrDefault(key, new OldAuthor(handleOrName.strip(), handleOrName.strip(),
                "", "", Map.of()));
        String base = Slugs.slugify(author.handle());
        base = base.isEmpty() ? FALLBACK_SLUG : base;
        String slug = base;
        for (int n = 2; bySlug.containsKey(slug); n++) {
            slug = base + "-" + n;
        }
        bySlug.put(slug, author);
        slugByHandle.put(key, slug);
        return slug;
    }

    /** Every author file, by slug: name, bio, avatar and links as the old site gave them. */
    Map<String, String> files(Map<String, String> avatars) {
        Map<String, String> files = new LinkedHashMap<>();
        bySlug.forEach((slug, author) -> {
            StringBuilder yaml = new StringBuilder("name: ").append(YamlScalars.quoted(author.name())).append('\n');
            if (!author.bio().isBlank()) {
                yaml.append("bio: ").append(YamlScalars.quoted(author.bio().strip())).append('\n');
            }
            String avatar = avatars.getOrDefault(slug, "");
            if (!avatar.isEmpty()) {
                yaml.append("avatar: ").append(YamlScalars.quoted(avatar)).append('\n');
            }
            if (!author.links().isEmpty()) {
                yaml.append("links:\n");
                author.links().forEach((label, url) -> yaml.append("  ").append(YamlScalars.plainOrQuoted(label))
                        .append(": ").append(YamlScalars.quoted(url)).append('\n'));
            }
            files.put(slug, yaml.toString());
        });
        return files;
    }

    /** The writers by slug, for finding their pictures. */
    Map<String, OldAuthor> bySlug() {
        return bySlug;
    }
}
