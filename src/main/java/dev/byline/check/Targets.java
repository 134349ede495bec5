package dev.byline.check;

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
                    ? new URI(link.replace(config.baseUrl(), "https://site.invalid" + config.basePath()))
                    : pageUri.resolve(new URI(link));
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

    static boolean isExternal(String link) {
        return link.startsWith("https://") || link.startsWith("http://");
    }
}
