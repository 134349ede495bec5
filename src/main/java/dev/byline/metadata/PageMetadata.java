package dev.byline.metadata;

import dev.byline.io.Json;
import dev.byline.model.ArchiveYear;
import dev.byline.model.Article;
import dev.byline.model.Author;
import dev.byline.model.AuthorLink;
import dev.byline.model.Column;
import dev.byline.model.Correction;
import dev.byline.model.FeedLink;
import dev.byline.model.Html;
import dev.byline.model.Image;
import dev.byline.model.Page;
import dev.byline.model.Member;
import dev.byline.model.PageMeta;
import dev.byline.model.Pagination;
import dev.byline.model.Policy;
import dev.byline.model.SiteConfig;
import dev.byline.model.SitePaths;
import dev.byline.model.SocialImage;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import dev.byline.model.WorkTypeSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each kind of page tells search engines, social networks and feed readers: title, description, canonical URL,
 * Open Graph and Twitter card fields, advertised feeds, and schema.org JSON-LD (the type of work's schema type,
 * {@code OpinionNewsArticle} mostly, for articles; {@code ProfilePage} for authors, {@code WebSite} for the front
 * page, {@code WebPage} for the pages of {@code content/pages/}), whose publisher is a
 * {@code NewsMediaOrganization} with its policies when site.yaml names them. A piece first published elsewhere
 * ({@code canonical:}) names that page as its canonical URL. An author is a Person or an Organization. A page
 * without a picture of its own (an article without a lead image, a list, an author whose picture is an SVG, which
 * link previews do not show) takes the site's default card; drafts and scheduled pieces (in a preview) are
 * {@code noindex}.
 */
public final class PageMetadata {

    private final SiteConfig config;
    private final List<FeedLink> siteFeeds;

    public PageMetadata(SiteConfig config) {
        this.config = config;
        this.siteFeeds = List.of(
                new FeedLink(config.title(), config.feedUrl(), FeedLink.ATOM),
                new FeedLink(config.title() + " (JSON Feed)", config.jsonFeedUrl(), FeedLink.JSON),
                new FeedLink(config.title() + " (RSS)", config.rssFeedUrl(), FeedLink.RSS));
    }

    public PageMeta article(Article article) {
        String url = config.absolute(article.url());
        String canonical = article.hasCanonical() ? article.canonical() : url;
        String section = article.kicker().label();
        SocialImage image = article.hasImage() ? leadImage(article.image()) : config.socialImage();
        Map<String, Object> ld = node(article.type().schemaType());
        ld.put("headline", article.title());
        ld.put("description", article.summary().isEmpty() ? null : article.summary());
        ld.put("image", image.isPresent() ? List.of(image.src()) : null);
        ld.put("datePublished", article.date().iso());
        ld.put("dateModified", article.modified().iso());
        ld.put("author", article.authors().stream().map(this::agent).toList());
        ld.put("publisher", publisher());
        ld.put("mainEntityOfPage", Json.object("@type", "WebPage", "@id", url));
        ld.put("articleSection", section);
        ld.put("keywords", article.tags().isEmpty() ? null : article.tags().stream().map(Tag::name).toList());
        ld.put("inLanguage", config.language());
        ld.put("correction", article.hasCorrections() ? article.corrections().stream().map(this::correction).toList()
                : null);
        return new PageMeta(title(article.title()), article.summary(), canonical, "article", image,
                article.date().iso(), article.modified().iso(),
                article.authors().stream().map(author -> config.absolute(author.url())).toList(),
                article.tags().stream().map(Tag::name).toList(), siteFeeds, jsonLd(ld), article.isPublished(), "",
                section);
    }

    private SocialImage leadImage(Image image) {
        return new SocialImage(config.absolute(image.src()), image.alt(), image.width(), image.height());
    }

    public PageMeta index(Pagination pagination) {
        Map<String, Object> ld = node("WebSite");
        ld.put("name", config.title());
        ld.put("url", config.baseUrl());
        ld.put("description", config.description().isEmpty() ? null : config.description());
        ld.put("inLanguage", config.language());
        ld.put("publisher", publisher());
        String title = pagination.isFirst() ? config.title() : title("Page " + pagination.number());
        return listing(title, config.description(), pagination.url(), "", siteFeeds, pagination.isFirst() ? ld : null);
    }

    /** An author's page: a Person, or an Organization with its {@code member}s, as the ProfilePage's subject. */
    public PageMeta author(Author author, List<Member> members, Pagination pagination) {
        String about = about(author);
        Map<String, Object> entity = agent(author);
        entity.put("description", about.isEmpty() ? null : about);
        entity.put("image", author.hasAvatar() ? config.absolute(author.avatar()) : null);
        entity.put("sameAs", author.links().isEmpty() ? null
                : author.links().stream().map(AuthorLink::url).toList());
        entity.put("member", members.isEmpty() ? null : members.stream().map(this::member).toList());
        Map<String, Object> ld = node("ProfilePage");
        ld.put("mainEntity", entity);
        String name = author.name() + (pagination.isFirst() ? "" : ", page " + pagination.number());
        List<FeedLink> feeds = withFeed(new FeedLink(author.name() + " — " + config.title(), author.feedUrl(),
                FeedLink.ATOM));
        String description = about.isEmpty() ? "Opinion articles by " + author.name() + "." : about;
        SocialImage avatar = new SocialImage(config.absolute(author.avatar()), author.name(), 0, 0);
        return listing(title(name), description, pagination.url(), SitePaths.AUTHORS, "profile",
                author.hasAvatar() && !avatar.isSvg() ? avatar : config.socialImage(), feeds, ld);
    }

    /** What an author's page says they are: an organization's description; a person's bio, or else tagline. */
    private static String about(Author author) {
        if (author.isOrganization()) {
            return author.description();
        }
        return author.hasBio() ? author.bio() : author.taglineSentence();
    }

    public PageMeta tag(Tag tag, Pagination pagination) {
        String name = "Tagged " + tag.name() + (pagination.isFirst() ? "" : ", page " + pagination.number());
        Map<String, Object> ld = node("CollectionPage");
        ld.put("name", tag.name());
        ld.put("url", config.absolute(pagination.url()));
        return listing(title(name), config.opinionLabel() + " articles tagged " + tag.name() + ".",
                pagination.url(), SitePaths.TAGS, withFeed(new FeedLink(tag.name() + " — " + config.title(),
                        tag.feedUrl(), FeedLink.ATOM)), ld);
    }

    public PageMeta type(WorkType type, WorkTypeSettings settings, Pagination pagination) {
        String name = settings.title() + (pagination.isFirst() ? "" : ", page " + pagination.number());
        String feedUrl = config.typeFeedUrl(type);
        return collection(name, settings.title() + " from " + config.title() + ".", pagination,
                SitePaths.type(type), new FeedLink(settings.title() + " — " + config.title(), feedUrl,
                        FeedLink.ATOM));
    }

    public PageMeta column(Column column, List<Author> columnists, Pagination pagination) {
        String name = column.name() + (pagination.isFirst() ? "" : ", page " + pagination.number());
        String by = columnists.isEmpty() ? "" : ", by " + Article.names(columnists);
        return collection(name, "The column " + column.name() + by + ", in " + config.title() + ".", pagination,
                SitePaths.column(column.slug()), new FeedLink(column.name() + " — " + config.title(),
                        column.feedUrl(), FeedLink.ATOM));
    }

    /** A list of pieces with a feed of its own: a type of work's, a column's. */
    private PageMeta collection(String name, String description, Pagination pagination, String firstPage,
                                FeedLink feed) {
        Map<String, Object> ld = node("CollectionPage");
        ld.put("name", name);
        ld.put("url", config.absolute(pagination.url()));
        return listing(title(name), description, pagination.url(), firstPage, withFeed(feed), ld);
    }

    /** The archive's first page, {@code /articles/}. */
    public PageMeta archive() {
        return archivePage("Archive", "Every piece " + config.title() + " has published, by year and month.",
                config.href(SitePaths.ARCHIVE));
    }

    /** The archive's page of one year. */
    public PageMeta archiveYear(ArchiveYear year) {
        return archivePage("Archive: " + year.year(), "Every piece " + config.title() + " published in "
                + year.year() + ", by month.", year.url());
    }

    private PageMeta archivePage(String name, String description, String url) {
        Map<String, Object> ld = node("CollectionPage");
        ld.put("name", name);
        ld.put("url", config.absolute(url));
        return listing(title(name), description, url, SitePaths.ARCHIVE, siteFeeds, ld);
    }

    /** The page of every correction, which advertises their feed. */
    public PageMeta corrections() {
        String feedUrl = config.href(SitePaths.atomFeedIn(SitePaths.CORRECTIONS));
        return listing(title("Corrections"), "Every correction " + config.title() + " has made, newest first.",
                config.href(SitePaths.CORRECTIONS), SitePaths.CORRECTIONS,
                withFeed(new FeedLink("Corrections — " + config.title(), feedUrl, FeedLink.ATOM)), null);
    }

    public PageMeta authors() {
        return listing(title("Authors"), "Everyone who writes for " + config.title() + ".",
                config.authorsUrl(), SitePaths.AUTHORS, siteFeeds, null);
    }

    public PageMeta tags() {
        return listing(title("Tags"), "Every topic " + config.title() + " writes about.", config.tagsUrl(),
                SitePaths.TAGS, siteFeeds, null);
    }

    /** One of the site's pages (About, a policy): not in any navigation section but its own link. */
    public PageMeta page(Page page) {
        String canonical = config.absolute(page.url());
        Map<String, Object> ld = node("WebPage");
        ld.put("name", page.title());
        ld.put("url", canonical);
        ld.put("description", page.hasDescription() ? page.description() : null);
        ld.put("dateModified", page.hasUpdated() ? page.updated().iso() : null);
        ld.put("inLanguage", config.language());
        ld.put("publisher", publisher());
        return new PageMeta(title(page.title()), page.description(), canonical, "website", config.socialImage(),
                "", "", List.of(), List.of(), siteFeeds, jsonLd(ld), true, "", "");
    }

    /** An article's old address: not to be listed; its canonical address is the article's. */
    public PageMeta redirect(Article article) {
        return new PageMeta(title("Moved: " + article.title()), "", config.absolute(article.url()), "website",
                SocialImage.NONE, "", "", List.of(), List.of(), List.of(), new Html(""), false, "", "");
    }

    public PageMeta notFound() {
        return new PageMeta(title("Page not found"), "", config.absolute(config.href(SitePaths.NOT_FOUND_FILE)),
                "website", SocialImage.NONE, "", "", List.of(), List.of(), siteFeeds, new Html(""), false, "", "");
    }

    private PageMeta listing(String title, String description, String url, String section, List<FeedLink> feeds,
                             Map<String, Object> ld) {
        return listing(title, description, url, section, "website", config.socialImage(), feeds, ld);
    }

    /**
     * A page that is not an article: a list, a profile. {@code section} is the site path of the navigation section
     * it is in ({@code ""} for the index, {@code authors/}, {@code tags/}); {@code ld} is {@code null} for none.
     */
    private PageMeta listing(String title, String description, String url, String section, String type,
                             SocialImage image, List<FeedLink> feeds, Map<String, Object> ld) {
        return new PageMeta(title, description, config.absolute(url), type, image, "", "", List.of(),
                List.of(), feeds, ld == null ? new Html("") : jsonLd(ld), true, config.absolute(config.href(section)),
                "");
    }

    private List<FeedLink> withFeed(FeedLink own) {
        List<FeedLink> feeds = new ArrayList<>(siteFeeds);
        feeds.add(own);
        return feeds;
    }

    private String title(String page) {
        return page + " | " + config.title();
    }

    /** An author as schema.org knows them: a Person, or an Organization such as an editorial board. */
    private Map<String, Object> agent(Author author) {
        Map<String, Object> agent = Json.object("@type", author.isOrganization() ? "Organization" : "Person");
        agent.put("name", author.name());
        agent.put("url", config.absolute(author.url()));
        return agent;
    }

    /** A member of an organization, with the address of their page when they have one. */
    private Map<String, Object> member(Member member) {
        Map<String, Object> person = Json.object("@type", "Person");
        person.put("name", member.person().name());
        person.put("url", member.hasPage() ? config.absolute(member.person().url()) : null);
        return person;
    }

    /**
     * The site's publisher: a {@code NewsMediaOrganization} with a link to each policy site.yaml names, or a plain
     * {@code Organization} when it names none.
     */
    private Map<String, Object> publisher() {
        Map<String, Object> publisher = Json.object("@type", config.policies().isEmpty() ? "Organization"
                : "NewsMediaOrganization");
        publisher.put("name", config.publisher());
        publisher.put("url", config.baseUrl());
        if (!config.logo().isEmpty()) {
            publisher.put("logo", Json.object("@type", "ImageObject", "url",
                    config.absolute(config.resolve(config.logo()))));
        }
        for (Policy policy : config.policies()) {
            publisher.put(policy.kind().property(), config.absolute(config.policyUrl(policy)));
        }
        return publisher;
    }

    private Map<String, Object> correction(Correction correction) {
        Map<String, Object> comment = Json.object("@type", "CorrectionComment");
        comment.put("text", correction.text());
        comment.put("datePublished", correction.date().iso());
        return comment;
    }

    private static Map<String, Object> node(String type) {
        return Json.object("@context", "https://schema.org", "@type", type);
    }

    private static Html jsonLd(Map<String, Object> ld) {
        return new Html(Json.write(ld));
    }
}
