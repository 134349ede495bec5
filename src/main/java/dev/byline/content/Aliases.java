package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An article's old addresses: {@code aliases:} (Hugo's word) or {@code redirect_from:} (Jekyll's), a list of site
 * paths (or one path alone), each of which becomes a redirect page to the article. A path whose last part ends with {@code .html} is
 * that file ({@code /2016/09/29/rust.html}); any other is a folder ({@code /old/path} is {@code old/path/}), served
 * by its {@code index.html}.
 */
final class Aliases {

    static final List<String> KEYS = List.of("aliases", "redirect_from");
    private static final String EXAMPLE = "[/2016/09/29/old-address.html, /news/old-address/]";
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%-]+");

    private Aliases() {
    }

    /** The aliases of both keys, as site paths without the leading slash; a mistaken one is reported and left out. */
    static List<Located<String>> read(YamlMap fm, Diagnostics diagnostics) {
        List<Located<String>> aliases = new ArrayList<>();
        for (String key : KEYS) {
            for (Located<String> written : fm.textOrTextList(key, EXAMPLE).orElse(List.of())) {
                String path = written.value().strip();
                String problem = problem(path);
                if (problem.isEmpty()) {
                    aliases.add(new Located<>(sitePath(path), written.position()));
                } else {
                    diagnostics.add(written.position().error(key + " \"" + path + "\": " + problem));
                }
            }
        }
        return aliases;
    }

    private static String problem(String path) {
        if (path.contains("://") || path.startsWith("//")) {
            return "an old address is a path on this site, without its host: /2016/09/29/old-address.html";
        }
        if (!path.startsWith("/")) {
            return "an old address starts with a slash, as in /2016/09/29/old-address.html";
        }
        String inside = path.substring(1).replaceAll("/$", "");
        if (inside.isEmpty()) {
            return "the home page cannot redirect to an article";
        }
        for (String part : inside.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || !PART.matcher(part).matches()) {
                return "each part of an old address is letters, digits and - _ . ~ between single slashes (no "
                        + "spaces, ?, # or ..)";
            }
        }
        return "";
    }

    /** {@code /a/b.html} is {@code a/b.html}; {@code /a/b} and {@code /a/b/} are {@code a/b/}. */
    private static String sitePath(String path) {
        String inside = path.substring(1);
        boolean file = inside.toLowerCase(Locale.ROOT).endsWith(".html") || inside.endsWith(".htm");
        return file || inside.endsWith("/") ? inside : inside + "/";
    }
}
