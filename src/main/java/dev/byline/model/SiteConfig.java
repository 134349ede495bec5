package dev.byline.model;

import java.time.ZoneId;

/**
 * The settings in {@code content/site.yaml}, validated. {@code baseUrl} always ends with a slash; links inside the
 * site are built with {@link #href(String)} so that they keep working when the site lives under a sub-path.
 *
 * @param title          the publication's name
 * @param description    one sentence about the publication (index page meta description)
 * @param baseUrl        absolute URL of the site's root, e.g. {@code https://example.org/opinion/}
 * @param language       BCP 47 language tag for {@code <html lang>}
 * @param timezone       the zone in which dates without an offset are read
 * @param paginate       articles per list page
 * @param publisher      the organisation that publishes the site (defaults to the title)
 * @param allowRawHtml   whether raw HTML in Markdown is passed through (trusted authors only)
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId timezone,
        int paginate,
        String publisher,
        boolean allowRawHtml) {

    /** The path part of {@link #baseUrl}, e.g. {@code /} or {@code /opinion/}. */
    public String basePath() {
        int schemeEnd = baseUrl.indexOf("://");
        int pathStart = baseUrl.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? "/" : baseUrl.substring(pathStart);
    }

    /** A root-relative link to a site path such as {@code articles/x/}: {@code /opinion/articles/x/}. */
    public String href(String sitePath) {
        return basePath() + sitePath;
    }

    /** An absolute URL for a root-relative link made by {@link #href}, for canonical links and feeds. */
    public String absolute(String href) {
        return baseUrl.substring(0, baseUrl.length() - basePath().length()) + href;
    }

    /** A link to a theme asset copied from {@code templates/assets/}. */
    public String asset(String name) {
        return href("assets/" + name);
    }
}
