package dev.byline.model;

import java.time.ZoneId;
import java.util.List;

/**
 * Site settings for tests: {@code SiteConfigs.standard().withBaseUrl("https://example.org/opinion/").build()}. The
 * standard site is what a site.yaml with only a title and a base URL gives; a test names only the settings it is
 * about, so that a new setting changes {@link SiteConfig}, its loader and this class, not every test.
 */
public final class SiteConfigs {

    private String title = "The Desk";
    private String description = "";
    private String baseUrl = "https://example.org/";
    private String language = "en";
    private ZoneId timezone = ZoneId.of("UTC");
    private int paginate = 10;
    private String publisher;
    private boolean allowRawHtml;
    private String opinionLabel = "Opinion";
    private String disclaimer = "";
    private int feedSize = 20;
    private boolean relativeUrls;
    private String twitter = "";
    private String logo = "";
    private String copyright = "";
    private ThemeSettings theme = ThemeSettings.DEFAULT;
    private String author = "";
    private WorkTypes types;
    private int letterMaxWords;
    private List<Policy> policies = List.of();
    private SocialImage image = SocialImage.NONE;
    private Permalink permalink = Permalink.standard("content/site.yaml");
    private List<String> hubs = List.of();
    private String newsName = "";

    private SiteConfigs() {
    }

    /** "The Desk" at https://example.org/, in English and UTC, with every other setting at its default. */
    public static SiteConfigs standard() {
        return new SiteConfigs();
    }

    public SiteConfigs withTitle(String title) {
        this.title = title;
        return this;
    }

    public SiteConfigs withDescription(String description) {
        this.description = description;
        return this;
    }

    public SiteConfigs withBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    public SiteConfigs withLanguage(String language) {
        this.language = language;
        return this;
    }

    public SiteConfigs withTimezone(ZoneId timezone) {
        this.timezone = timezone;
        return this;
    }

    public SiteConfigs withPaginate(int paginate) {
        this.paginate = paginate;
        return this;
    }

    /** The publisher; without one, the title (as site.yaml without {@code publisher:}). */
    public SiteConfigs withPublisher(String publisher) {
        this.publisher = publisher;
        return this;
    }

    public SiteConfigs withAllowRawHtml(boolean allowRawHtml) {
        this.allowRawHtml = allowRawHtml;
        return this;
    }

    public SiteConfigs withOpinionLabel(String opinionLabel) {
        this.opinionLabel = opinionLabel;
        return this;
    }

    public SiteConfigs withDisclaimer(String disclaimer) {
        this.disclaimer = disclaimer;
        return this;
    }

    public SiteConfigs withFeedSize(int feedSize) {
        this.feedSize = feedSize;
        return this;
    }

    public SiteConfigs withRelativeUrls(boolean relativeUrls) {
        this.relativeUrls = relativeUrls;
        return this;
    }

    public SiteConfigs withTwitter(String twitter) {
        this.twitter = twitter;
        return this;
    }

    public SiteConfigs withLogo(String logo) {
        this.logo = logo;
        return this;
    }

    public SiteConfigs withCopyright(String copyright) {
        this.copyright = copyright;
        return this;
    }

    public SiteConfigs withTheme(ThemeSettings theme) {
        this.theme = theme;
        return this;
    }

    public SiteConfigs withAuthor(String author) {
        this.author = author;
        return this;
    }

    /** The types of work; without them, the defaults made from the opinion label and disclaimer (as the loader). */
    public SiteConfigs withTypes(WorkTypes types) {
        this.types = types;
        return this;
    }

    public SiteConfigs withLetterMaxWords(int letterMaxWords) {
        this.letterMaxWords = letterMaxWords;
        return this;
    }

    public SiteConfigs withPolicies(Policy... policies) {
        this.policies = List.of(policies);
        return this;
    }

    public SiteConfigs withImage(SocialImage image) {
        this.image = image;
        return this;
    }

    /** Articles' addresses: {@code withPermalink("/:year/:slug/")}. */
    public SiteConfigs withPermalink(String pattern) {
        this.permalink = new Permalink(pattern, new dev.byline.diag.Position("content/site.yaml", 1, 12));
        return this;
    }

    /** The WebSub hubs the feeds name ({@code hub:}). */
    public SiteConfigs withHubs(String... hubs) {
        this.hubs = List.of(hubs);
        return this;
    }

    /** The publication's name in the news sitemap ({@code news: {name:}}). */
    public SiteConfigs withNewsName(String newsName) {
        this.newsName = newsName;
        return this;
    }

    public SiteConfig build() {
        return new SiteConfig(title, description, baseUrl, language, timezone, paginate,
                publisher == null ? title : publisher, allowRawHtml, opinionLabel, disclaimer, feedSize, relativeUrls,
                twitter, logo, copyright, theme, author,
                types == null ? WorkTypes.defaults(opinionLabel, disclaimer) : types, letterMaxWords, policies, image,
                permalink, hubs, newsName);
    }
}
