package dev.byline.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

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
 * @param opinionLabel   the kicker above every headline and the JSON-LD articleSection ("Opinion")
 * @param disclaimer     a note under every article ("The views expressed..."); empty for none
 * @param feedSize       entries per feed
 * @param relativeUrls   whether links are written relative to each page, so the site also works from file://
 * @param twitter        the site's @handle for Twitter cards; empty for none
 * @param logo           the publisher's logo for structured data: a site path or a URL; empty for none
 * @param copyright      the footer's copyright line as written; empty for the default ({@link Site#copyright()})
 * @param theme          accent colours and extra navigation links for the theme
 * @param author         the writer of articles that name none: a registry slug or a name; empty for none
 * @param types          how each type of work is labelled, disclaimed and listed ({@code types:})
 * @param letterMaxWords the most words a letter should have ({@code letters: {maxWords: }}); 0 for no limit
 * @param policies       the publisher's policies (corrections, ethics, masthead, fact-checking), in that order; only
 *                       those site.yaml gives
 * @param image          the social card of every page without a picture of its own ({@code image:}), its address
 *                       as written (a site path or a URL), with its size when it is one of the site's own PNG or
 *                       JPEG files; {@link SocialImage#NONE} for none
 * @param permalink      where articles' pages live ({@code permalink:}; {@code /articles/:slug/} by default)
 * @param hubs           the WebSub hubs the feeds name ({@code hub:}), absolute http(s) URLs; empty for none
 * @param newsName       the publication's name in the Google News sitemap ({@code news: {name:}}); empty for the
 *                       title
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId timezone,
        int paginate,
        String publisher,
        boolean allowRawHtml,
        String opinionLabel,
        String disclaimer,
        int feedSize,
        boolean relativeUrls,
        String twitter,
        String logo,
        String copyright,
        ThemeSettings theme,
        String author,
        WorkTypes types,
        int letterMaxWords,
        List<Policy> policies,
        SocialImage image,
        Permalink permalink,
        List<String> hubs,
        String newsName) {

    public SiteConfig {
        policies = List.copyOf(policies);
        hubs = List.copyOf(hubs);
    }

    /** The publication's name as Google News shows it: {@code news: {name:}}, or the site's title. */
    public String newsPublicationName() {
        return newsName.isEmpty() ? title : newsName;
    }

    /**
     * The site's language as the Google News sitemap wants it: the ISO 639 code alone ({@code en} for
     * {@code en-GB}), except Chinese, which Google tells apart as {@code zh-cn} (Simplified) and {@code zh-tw}
     * (Traditional: {@code zh-Hant}, {@code zh-TW}, {@code zh-HK}, {@code zh-MO}).
     */
    public String newsLanguage() {
        Locale locale = Locale.forLanguageTag(language);
        if (!locale.getLanguage().equals("zh")) {
            return locale.getLanguage();
        }
        boolean traditional = locale.getScript().equals("Hant")
                || locale.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? "zh-tw" : "zh-cn";
    }

    /** The default social card with its absolute address, or {@link SocialImage#NONE}. */
    public SocialImage socialImage() {
        return image.isPresent() ? image.at(absolute(resolve(image.src()))) : SocialImage.NONE;
    }

    /** A link to a policy: its page's, or the web address given. */
    public String policyUrl(Policy policy) {
        return policy.isPage() ? href(SitePaths.page(policy.target())) : policy.target();
    }

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

    /** The scheme, host and port of {@link #baseUrl}: {@code https://example.org}. */
    public String origin() {
        return baseUrl.substring(0, baseUrl.length() - basePath().length());
    }

    /**
     * An absolute URL for a root-relative link made by {@link #href} (canonical links, feeds, structured data);
     * absolute URLs pass unchanged.
     */
    public String absolute(String href) {
        return href.startsWith("/") && !href.startsWith("//") ? origin() + href : href;
    }

    /**
     * A link to something the user named in site.yaml or front matter: a full URL stays as it is, a site path
     * ({@code /images/a.jpg} or {@code images/a.jpg}) gets the base path.
     */
    public String resolve(String pathOrUrl) {
        boolean external = pathOrUrl.contains("://") || pathOrUrl.startsWith("//");
        return external ? pathOrUrl : href(pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl);
    }

    public boolean hasDisclaimer() {
        return !disclaimer.isEmpty();
    }

    /**
     * The kicker of a type of work: its label, linked to its list page when the type has one ({@code list:}; a
     * list page exists for every type the site publishes).
     */
    public Kicker typeKicker(WorkType type) {
        WorkTypeSettings settings = types.of(type);
        return new Kicker(settings.label(), settings.listed() ? typeUrl(type) : "");
    }

    /** The site path of an article's page, by {@link #permalink}: the one place articles' addresses are made. */
    public String articlePath(String slug, ArticleDate date) {
        return SitePaths.article(permalink, slug, date);
    }

    /** A link to a theme asset copied from {@code templates/assets/}. */
    public String asset(String name) {
        return href(SitePaths.asset(name));
    }

    /** A link to the page listing every author. */
    public String authorsUrl() {
        return href(SitePaths.AUTHORS);
    }

    /** A link to the page listing every tag. */
    public String tagsUrl() {
        return href(SitePaths.TAGS);
    }

    /** A link to a type of work's list page ({@code /types/editorial/}). */
    public String typeUrl(WorkType type) {
        return href(SitePaths.type(type));
    }

    /** A link to a type of work's Atom feed ({@code /types/editorial/feed.xml}). */
    public String typeFeedUrl(WorkType type) {
        return href(SitePaths.atomFeedIn(SitePaths.type(type)));
    }

    /** A link to the site's Atom feed. */
    public String feedUrl() {
        return href(SitePaths.ATOM_FEED);
    }

    /** A link to the site's JSON Feed. */
    public String jsonFeedUrl() {
        return href(SitePaths.JSON_FEED);
    }

    /** A link to the site's RSS 2.0 feed. */
    public String rssFeedUrl() {
        return href(SitePaths.RSS_FEED);
    }
}
