package dev.byline.check;

import dev.byline.content.TemplateSyntax;
import dev.byline.model.SiteConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Where a link on a page of the site leads, as a path of the site ({@code authors/x/#bio}). */
final class Targets {

    private Targets() {
    }

    /**
     * The site path a link leads to (a folder's {@code index.html} written as the folder), with its fragment, when it leads into the site: a fragment alone, a relative
     * link, a root-relative one under the base path, or an absolute one under the base URL. Empty for anything else
     * (other sites, mail, links outside the base path).
     *
     * @param page the page the link is on, as a site path ({@code articles/x/index.html})
     */
    static Optional<String> resolve(String link, String page, SiteConfig config) {
        if (link.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI pageUri = new URI("https", "site.invalid", config.basePath() + page, null);
            URI resolved = link.startsWith(config.baseUrl())
                    ? new URI(escaped(link.replace(config.baseUrl(), "https://site.invalid" + config.basePath())))
                    : pageUri.resolve(new URI(escaped(link)));
            if (!"site.invalid".equals(resolved.getHost()) || resolved.getRawPath() == null
                    || !resolved.getPath().startsWith(config.basePath())) {
                return Optional.empty();
            }
            String path = resolved.getPath().substring(config.basePath().length());
            if (path.equals("index.html") || path.endsWith("/index.html")) {
                path = path.substring(0, path.length() - "index.html".length()); // a folder and its index: one page
            }
            return Optional.of(path + (resolved.getRawFragment() == null ? "" : "#" + resolved.getFragment()));
        } catch (URISyntaxException | IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    /**
     * The link with what a URI may not contain %-escaped (a stray %, spaces, braces), as a browser would send it,
     * so that an invalid link still resolves to the page it was meant for and can be matched to where it was written.
     */
    private static String escaped(String link) {
        StringBuilder out = new StringBuilder(link.length());
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            boolean validEscape = c == '%' && i + 2 < link.length() && isHex(link.charAt(i + 1))
                    && isHex(link.charAt(i + 2));
            if ((c == '%' && !validEscape) || c <= ' ' || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append(String.format("%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /**
     * Why a link is not a web address at all ({@code {{ site.baseurl }}/x.png}, {@code /a%zz}), which a browser
     * cannot follow; empty for a valid one.
     */
    static Optional<String> whyInvalid(String link) {
        try {
            new URI(link);
            return Optional.empty();
        } catch (URISyntaxException e) {
            if (TemplateSyntax.appearsIn(link)) {
                return Optional.of("{{ ... }} and {% ... %} are another generator's template syntax, which Byline "
                        + "does not fill in; write the path itself, such as " + TemplateSyntax.pathWithout(link));
            }
            char at = e.getIndex() >= 0 && e.getIndex() < link.length() ? link.charAt(e.getIndex()) : ' ';
            if (at == '%') {
                return Optional.of("% must start an escape such as %20; write a percent sign as %25");
            }
            return Optional.of(at == ' ' ? "it has a space; write a space as %20"
                    : "the character " + at + " cannot be in a web address; write it as "
                            + String.format("%%%02X", (int) at));
        }
    }

    static boolean isExternal(String link) {
        return link.startsWith("https://") || link.startsWith("http://");
    }
}
