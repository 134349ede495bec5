package dev.byline.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The new address of every imported post, found by how the old site's tags name a post: its path
 * ({@code _posts/2020-01-01-x.md}, {@code posts/x.md}), that path without the extension or a leading folder, or its
 * file name alone when no other post has the same.
 */
public final class LinkTargets {

    private final Map<String, String> byPath = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> sharedNames = new HashSet<>();

    /**
     * @param file the post's path in the old site, with forward slashes
     * @param url  its new site path
     */
    public void add(String file, String url) {
        String path = normal(file);
        byPath.put(path, url);
        int slash = path.indexOf('/');
        while (slash >= 0) {
            byPath.putIfAbsent(path.substring(slash + 1), url);
            slash = path.indexOf('/', slash + 1);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (byName.putIfAbsent(name, url) != null && !byName.get(name).equals(url)) {
            sharedNames.add(name);
        }
    }

    /** The new address of the post a tag names, if it names one of them. */
    public Optional<String> find(String reference) {
        String path = normal(reference.replaceFirst("#.*$", ""));
        if (byPath.containsKey(path)) {
            return Optional.of(byPath.get(path));
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return sharedNames.contains(name) ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }

    private static String normal(String path) {
        String trimmed = path.strip().replaceFirst("^\\.?/+", "").replaceFirst("^content/", "");
        trimmed = trimmed.replaceFirst("/index\\.(md|markdown)$", "").replaceFirst("/$", "");
        return trimmed.replaceFirst("\\.(md|markdown|html)$", "").toLowerCase(Locale.ROOT);
    }
}
