package dev.byline.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writers as Jekyll and Hugo sites describe them: in a data file ({@code _data/authors.yml}, {@code data/authors}),
 * a map of handles to their details or a list of them, or one file each ({@code _authors/jane.md}). The keys themes
 * use are all read: {@code name}/{@code display_name}/{@code title}, {@code bio}, {@code avatar}/{@code image}/
 * {@code picture}, and links by service.
 */
public final class OldAuthors {

    private static final Map<String, String> LINK_KEYS = linkKeys();

    private OldAuthors() {
    }

    private static Map<String, String> linkKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("website", "Website");
        keys.put("url", "Website");
        keys.put("homepage", "Website");
        keys.put("github", "GitHub");
        keys.put("twitter", "Twitter");
        keys.put("mastodon", "Mastodon");
        keys.put("linkedin", "LinkedIn");
        return keys;
    }

    /** Every writer of a data file. */
    public static List<OldAuthor> fromData(OldValues data) {
        List<OldAuthor> authors = new ArrayList<>();
        data.map().forEach((handle, value) -> {
            if (value instanceof Map<?, ?> details) {
                authors.add(of(handle, OldValues.of(details), ""));
            }
        });
        for (OldValues entry : data.valuesList("authors")) {
            entry.firstText("id", "username", "handle", "name").ifPresent(handle -> authors.add(of(handle, entry,
                    "")));
        }
        return authors;
    }

    /** One writer, called {@code handle} by posts; {@code body} is the bio a file of their own gives below. */
    public static OldAuthor of(String handle, OldValues values, String body) {
        String name = values.firstText("name", "display_name", "full_name", "title").orElse(handle);
        String bio = values.firstText("bio", "description", "about").orElse(body.strip());
        String avatar = values.firstText("avatar", "image", "picture", "photo").orElse("");
        Map<String, String> links = new LinkedHashMap<>();
        LINK_KEYS.forEach((key, label) -> values.text(key).filter(url -> !links.containsKey(label))
                .ifPresent(url -> links.put(label, address(key, url))));
        values.values("links").map().forEach((label, url) -> {
            if (url instanceof String text && !text.isBlank()) {
                links.putIfAbsent(label, text.strip());
            }
        });
        return new OldAuthor(handle, name, bio, avatar, links);
    }

    /** A handle as the address of its service ({@code twitter: jane} is https://twitter.com/jane). */
    private static String address(String key, String value) {
        if (value.contains("://")) {
            return value;
        }
        String handle = value.replaceFirst("^@", "");
        return switch (key) {
            case "github" -> "https://github.com/" + handle;
            case "twitter" -> "https://twitter.com/" + handle;
            case "linkedin" -> "https://www.linkedin.com/in/" + handle;
            default -> "https://" + handle;
        };
    }
}
