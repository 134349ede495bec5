package dev.byline.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Position;
import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticleState;
import dev.byline.model.Author;
import dev.byline.model.AuthorKind;
import dev.byline.model.AuthorLink;
import dev.byline.model.Column;
import dev.byline.model.Correction;
import dev.byline.model.FeedLink;
import dev.byline.model.Html;
import dev.byline.model.Image;
import dev.byline.model.Kicker;
import dev.byline.model.Page;
import dev.byline.model.Member;
import dev.byline.model.PageMeta;
import dev.byline.model.Pagination;
import dev.byline.model.Policy;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.model.SocialImage;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import dev.byline.model.WorkTypeSettings;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON-LD is checked as text: the writer is compact and keeps member order, so fragments are exact. */
class PageMetadataTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Author ADA = new Author("ada-byron", "Ada Byron", "Writes about engines.",
            "/opinion/authors/ada-byron/", "/opinion/images/ada.png",
            List.of(new AuthorLink("Website", "https://ada.example/"),
                    new AuthorLink("Mastodon", "https://social.example/@ada")));
    private static final Author GRACE = new Author("grace-hopper", "Grace Hopper", "",
            "/opinion/authors/grace-hopper/", "", List.of());

    private static final Author MAREN = new Author("maren-okafor", "Maren Okafor", "", "/opinion/authors/maren-okafor/",
            "", List.of(), AuthorKind.PERSON, "is a senior studying urban planning", "", List.of());
    private static final Author BOARD = new Author("editorial-board", "The Editorial Board", "",
            "/opinion/authors/editorial-board/", "", List.of(), AuthorKind.ORGANIZATION, "",
            "The board argues the paper's positions.", List.of(ADA, MAREN));

    /** The desk's settings. */
    private static SiteConfigs desk() {
        return SiteConfigs.standard().withDescription("Views from the desk.")
                .withBaseUrl("https://example.org/opinion/").withTimezone(NEW_YORK).withPublisher("Desk Media")
                .withOpinionLabel("Commentary").withTwitter("@desk");
    }

    private static SiteConfig config(String logo) {
        return desk().withLogo(logo).build();
    }

    private static final PageMetadata METADATA = new PageMetadata(config(""));

    private static ArticleDate day(int year, int month, int day) {
        return new ArticleDate(ZonedDateTime.of(year, month, day, 0, 0, 0, 0, NEW_YORK), false);
    }

    private static Article article(String title, List<Author> authors, List<Correction> corrections, Image image) {
        return new Article("content/articles/a.md", "a", "/opinion/articles/a/", title, "", "The summary.",
                day(2025, 8, 15), null, authors, List.of(new Tag("cities", "Cities", "/opinion/tags/cities/")),
                new Html("<p>x</p>"), 100, image, ArticleState.PUBLISHED, corrections, List.of(), WorkType.OP_ED, null,
                new Kicker("Commentary", ""), "", "", List.of());
    }

    private static Article plain() {
        return article("Bike lanes", List.of(ADA), List.of(), null);
    }

    private static Pagination page(int number, String url) {
        return new Pagination(number, 2, url, number == 1 ? null : "/opinion/", number == 2 ? null : url);
    }

    private static String ld(PageMeta meta) {
        return meta.jsonLd().value();
    }

    /** The desk's settings with these policies. */
    private static PageMetadata withPolicies(Policy... policies) {
        return new PageMetadata(desk().withPolicies(policies).build());
    }

    private static Policy policy(Policy.Kind kind, String target) {
        return new Policy(kind, target, new Position("content/site.yaml", 1, 1));
    }

    private static Page about(ArticleDate updated) {
        return new Page("content/pages/about.md", "about", "/opinion/about/", "About the Desk", "Who we are.",
                new Html("<p>We are the desk.</p>"), updated, true, 1);
    }

    @Test
    void withPoliciesThePublisherIsANewsMediaOrganizationLinkingOnlyThoseGiven() {
        PageMetadata metadata = withPolicies(policy(Policy.Kind.CORRECTIONS, "corrections-policy"),
                policy(Policy.Kind.FACT_CHECKING, "https://standards.example/checking"));

        String publisher = "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Desk Media\","
                + "\"url\":\"https://example.org/opinion/\","
                + "\"correctionsPolicy\":\"https://example.org/opinion/corrections-policy/\","
                + "\"verificationFactCheckingPolicy\":\"https://standards.example/checking\"}";
        assertThat(ld(metadata.article(plain()))).contains(publisher).doesNotContain("ethicsPolicy", "masthead");
        assertThat(ld(metadata.index(page(1, "/opinion/")))).contains(publisher);
        assertThat(ld(metadata.page(about(null)))).contains(publisher);
    }

    @Test
    void aPageIsAWebPageInNoNavigationSection() {
        PageMeta meta = METADATA.page(about(day(2025, 9, 1)));

        assertThat(ld(meta)).startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\","
                + "\"name\":\"About the Desk\",\"url\":\"https://example.org/opinion/about/\","
                + "\"description\":\"Who we are.\",\"dateModified\":\"2025-09-01T00:00:00-04:00\","
                + "\"inLanguage\":\"en\",\"publisher\":{\"@type\":\"Organization\"");
        assertThat(meta.title()).isEqualTo("About the Desk | The Desk");
        assertThat(meta.description()).isEqualTo("Who we are.");
        assertThat(meta.canonical()).isEqualTo("https://example.org/opinion/about/");
        assertThat(meta.indexable()).isTrue();
        assertThat(meta.ariaCurrent("https://example.org/opinion/about/")).isEqualTo("page");
        assertThat(meta.ariaCurrent("https://example.org/opinion/")).isNull();
        assertThat(ld(METADATA.page(about(null)))).doesNotContain("dateModified");
    }

    @Test
    void articleJsonLdIsAnOpinionNewsArticle() {
        assertThat(ld(METADATA.article(plain())))
                .startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"OpinionNewsArticle\","
                        + "\"headline\":\"Bike lanes\",\"description\":\"The summary.\",")
                .contains("\"datePublished\":\"2025-08-15T00:00:00-04:00\"")
                .contains("\"keywords\":[\"Cities\"]")
                .contains("\"inLanguage\":\"en\"")
                .doesNotContain("\"image\"")
                .doesNotContain("\"correction\"");
    }

    @Test
    void articleAuthorsAreAnArrayOfPeopleWithTheirPages() {
        PageMeta meta = METADATA.article(article("Two hands", List.of(ADA, GRACE), List.of(), null));

        assertThat(ld(meta)).contains("\"author\":["
                + "{\"@type\":\"Person\",\"name\":\"Ada Byron\","
                + "\"url\":\"https://example.org/opinion/authors/ada-byron/\"},"
                + "{\"@type\":\"Person\",\"name\":\"Grace Hopper\","
                + "\"url\":\"https://example.org/opinion/authors/grace-hopper/\"}]");
        assertThat(meta.authorUrls()).containsExactly("https://example.org/opinion/authors/ada-byron/",
                "https://example.org/opinion/authors/grace-hopper/");
    }

    @Test
    void singleAuthorIsStillAnArray() {
        assertThat(ld(METADATA.article(plain()))).contains("\"author\":[{\"@type\":\"Person\",");
    }

    @Test
    void publisherIsTheOrganisationWithoutALogoWhenNoneIsConfigured() {
        assertThat(ld(METADATA.article(plain()))).contains("\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"Desk Media\",\"url\":\"https://example.org/opinion/\"}");
    }

    @Test
    void publisherHasItsLogoWhenConfigured() {
        PageMeta sitePath = new PageMetadata(config("/images/logo.png")).article(plain());
        PageMeta url = new PageMetadata(config("https://cdn.example/logo.png")).article(plain());

        assertThat(ld(sitePath)).contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Desk Media\","
                + "\"url\":\"https://example.org/opinion/\",\"logo\":{\"@type\":\"ImageObject\","
                + "\"url\":\"https://example.org/opinion/images/logo.png\"}}");
        assertThat(ld(url)).contains("\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://cdn.example/logo.png\"}");
    }

    @Test
    void correctionMovesDateModified() {
        PageMeta meta = METADATA.article(article("Fixed", List.of(ADA),
                List.of(new Correction(day(2025, 11, 20), "An earlier version misspelled a name.")), null));

        assertThat(ld(meta)).contains("\"datePublished\":\"2025-08-15T00:00:00-04:00\"")
                .contains("\"dateModified\":\"2025-11-20T00:00:00-05:00\"")
                .contains("\"correction\":[{\"@type\":\"CorrectionComment\","
                        + "\"text\":\"An earlier version misspelled a name.\","
                        + "\"datePublished\":\"2025-11-20T00:00:00-05:00\"}]");
        assertThat(meta.publishedTime()).isEqualTo("2025-08-15T00:00:00-04:00");
        assertThat(meta.modifiedTime()).isEqualTo("2025-11-20T00:00:00-05:00");
    }

    @Test
    void uncorrectedArticleIsModifiedWhenPublished() {
        PageMeta meta = METADATA.article(plain());

        assertThat(ld(meta)).contains("\"dateModified\":\"2025-08-15T00:00:00-04:00\"");
        assertThat(meta.modifiedTime()).isEqualTo(meta.publishedTime());
    }

    @Test
    void articleSectionIsTheConfiguredLabel() {
        PageMeta meta = METADATA.article(plain());

        assertThat(ld(meta)).contains("\"articleSection\":\"Commentary\"");
        assertThat(meta.articleSection()).isEqualTo("Commentary");
    }

    /** A piece of this type, headed by this kicker, first published at {@code canonical} (empty: here). */
    private static Article piece(WorkType type, Kicker kicker, String canonical) {
        Article plain = plain();
        return new Article(plain.source(), plain.slug(), plain.url(), plain.title(), plain.description(),
                plain.summary(), plain.date(), plain.updated(), plain.authors(), plain.tags(), plain.body(),
                plain.words(), plain.image(), plain.state(), plain.corrections(), plain.toc(), type,
                type == WorkType.COLUMN ? new Column("transit-lines", kicker.label(), kicker.url()) : null, kicker,
                "", canonical, List.of());
    }

    @ParameterizedTest
    @CsvSource({"OP_ED, OpinionNewsArticle", "EDITORIAL, OpinionNewsArticle", "COLUMN, OpinionNewsArticle",
            "GUEST_ESSAY, OpinionNewsArticle", "LETTER, OpinionNewsArticle", "ENDORSEMENT, OpinionNewsArticle",
            "ANALYSIS, AnalysisNewsArticle", "REVIEW, ReviewNewsArticle"})
    void eachTypeOfWorkIsItsSchemaTypeFiledUnderItsKicker(WorkType type, String schemaType) {
        PageMeta meta = METADATA.article(piece(type, new Kicker("The " + type.defaultLabel(), ""), ""));

        assertThat(ld(meta)).startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"" + schemaType + "\",")
                .contains("\"articleSection\":\"The " + type.defaultLabel() + "\"");
        assertThat(meta.articleSection()).isEqualTo("The " + type.defaultLabel());
    }

    @Test
    void aColumnPieceIsFiledUnderItsColumn() {
        PageMeta meta = METADATA.article(piece(WorkType.COLUMN, new Kicker("Transit Lines",
                "/opinion/columns/transit-lines/"), ""));

        assertThat(ld(meta)).contains("\"articleSection\":\"Transit Lines\"");
    }

    @Test
    void aPieceFirstPublishedElsewhereNamesThatPageCanonicalAndStaysThisPagesMainEntity() {
        PageMeta meta = METADATA.article(piece(WorkType.GUEST_ESSAY, new Kicker("Guest Essay", ""),
                "https://ledger.example.com/essays/a/"));

        assertThat(meta.canonical()).isEqualTo("https://ledger.example.com/essays/a/");
        assertThat(ld(meta)).contains("\"mainEntityOfPage\":{\"@type\":\"WebPage\","
                + "\"@id\":\"https://example.org/opinion/articles/a/\"}");
    }

    @Test
    void aTypesListIsACollectionHeadedByItsTitleWithItsOwnFeed() {
        PageMeta meta = METADATA.type(WorkType.LETTER, new WorkTypeSettings("Letter", "Letters to the Editor", "",
                true), page(2, "/opinion/types/letter/page/2/"));

        assertThat(meta.title()).isEqualTo("Letters to the Editor, page 2 | The Desk");
        assertThat(meta.canonical()).isEqualTo("https://example.org/opinion/types/letter/page/2/");
        assertThat(meta.section()).isEqualTo("https://example.org/opinion/types/letter/");
        assertThat(meta.feeds()).extracting(FeedLink::href).contains("/opinion/types/letter/feed.xml");
        assertThat(ld(meta)).contains("\"@type\":\"CollectionPage\"");
    }

    @Test
    void aColumnsPageNamesItsColumnistsAndHasItsOwnFeed() {
        Column column = new Column("transit-lines", "Transit Lines", "/opinion/columns/transit-lines/");
        PageMeta meta = METADATA.column(column, List.of(ADA, GRACE), page(1, "/opinion/columns/transit-lines/"));

        assertThat(meta.title()).isEqualTo("Transit Lines | The Desk");
        assertThat(meta.description()).isEqualTo("The column Transit Lines, by Ada Byron and Grace Hopper, in The "
                + "Desk.");
        assertThat(meta.feeds()).extracting(FeedLink::href).contains("/opinion/columns/transit-lines/feed.xml");
    }

    @Test
    void mainEntityOfPageIsTheCanonicalUrl() {
        PageMeta meta = METADATA.article(plain());

        assertThat(meta.canonical()).isEqualTo("https://example.org/opinion/articles/a/");
        assertThat(ld(meta)).contains("\"mainEntityOfPage\":{\"@type\":\"WebPage\","
                + "\"@id\":\"https://example.org/opinion/articles/a/\"}");
    }

    @Test
    void articleMetaIsAnIndexableArticleWithTheSiteFeeds() {
        PageMeta meta = METADATA.article(plain());

        assertThat(meta.title()).isEqualTo("Bike lanes | The Desk");
        assertThat(meta.description()).isEqualTo("The summary.");
        assertThat(meta.type()).isEqualTo("article");
        assertThat(meta.tags()).containsExactly("Cities");
        assertThat(meta.indexable()).isTrue();
        assertThat(meta.feeds()).extracting(FeedLink::href).containsExactly("/opinion/feed.xml", "/opinion/feed.json",
                "/opinion/rss.xml");
    }

    @Test
    void articleImageIsAbsoluteInMetaAndJsonLd() {
        PageMeta meta = METADATA.article(article("Pictured", List.of(ADA), List.of(),
                new Image("/opinion/images/lane.jpg", "A bike lane", "", "", 1200, 630)));

        assertThat(meta.image()).isEqualTo(new SocialImage("https://example.org/opinion/images/lane.jpg",
                "A bike lane", 1200, 630));
        assertThat(ld(meta)).contains("\"image\":[\"https://example.org/opinion/images/lane.jpg\"]");
    }

    private static final SocialImage CARD = new SocialImage("/images/card.png", "The Desk's card", 1200, 630);
    private static final PageMetadata WITH_CARD = new PageMetadata(desk().withImage(CARD).build());
    private static final SocialImage CARD_AT_ITS_ADDRESS = CARD.at("https://example.org/opinion/images/card.png");

    @Test
    void anArticleWithoutALeadImageTakesTheSitesCardInItsMetaAndJsonLd() {
        PageMeta meta = WITH_CARD.article(plain());

        assertThat(meta.image()).isEqualTo(CARD_AT_ITS_ADDRESS);
        assertThat(ld(meta)).contains("\"image\":[\"https://example.org/opinion/images/card.png\"]");
    }

    @Test
    void anArticlesOwnLeadImageWinsOverTheSitesCard() {
        PageMeta meta = WITH_CARD.article(article("Pictured", List.of(ADA), List.of(),
                new Image("/opinion/images/lane.jpg", "A bike lane", "", "", 1600, 900)));

        assertThat(meta.image().src()).isEqualTo("https://example.org/opinion/images/lane.jpg");
        assertThat(ld(meta)).doesNotContain("card.png");
    }

    @Test
    void listsAndPagesTakeTheSitesCardAndThe404PageNone() {
        assertThat(WITH_CARD.index(page(1, "/opinion/")).image()).isEqualTo(CARD_AT_ITS_ADDRESS);
        assertThat(WITH_CARD.tag(new Tag("cities", "Cities", "/opinion/tags/cities/"),
                page(1, "/opinion/tags/cities/")).image()).isEqualTo(CARD_AT_ITS_ADDRESS);
        assertThat(WITH_CARD.authors().image()).isEqualTo(CARD_AT_ITS_ADDRESS);
        assertThat(WITH_CARD.type(WorkType.EDITORIAL, new WorkTypeSettings("Editorial", "Editorials", "", true),
                page(1, "/opinion/types/editorial/")).image()).isEqualTo(CARD_AT_ITS_ADDRESS);
        assertThat(WITH_CARD.page(about(null)).image()).isEqualTo(CARD_AT_ITS_ADDRESS);
        assertThat(WITH_CARD.notFound().hasImage()).isFalse();
    }

    @Test
    void anAuthorsRasterPictureIsTheirPagesCardAndAnSvgOneGivesWayToTheSitesCard() {
        Author svg = new Author("ada-byron", "Ada Byron", "", "/opinion/authors/ada-byron/", "/opinion/images/ada.svg",
                List.of());

        assertThat(WITH_CARD.author(ADA, List.of(), page(1, "/opinion/authors/ada-byron/")).image())
                .isEqualTo(new SocialImage("https://example.org/opinion/images/ada.png", "Ada Byron", 0, 0));
        assertThat(WITH_CARD.author(svg, List.of(), page(1, "/opinion/authors/ada-byron/")).image())
                .isEqualTo(CARD_AT_ITS_ADDRESS);
        assertThat(ld(WITH_CARD.author(svg, List.of(), page(1, "/opinion/authors/ada-byron/"))))
                .contains("\"image\":\"https://example.org/opinion/images/ada.svg\"");
    }

    @Test
    void aCardGivenAsAWebAddressKeepsIt() {
        PageMetadata remote = new PageMetadata(desk().withImage(new SocialImage("https://cdn.example/card.jpg", "",
                0, 0)).build());

        assertThat(remote.index(page(1, "/opinion/")).image().src()).isEqualTo("https://cdn.example/card.jpg");
    }

    @Test
    void publishedPagesLetSearchEnginesShowLargePicturesAndDraftsAndThe404AreNotIndexed() {
        Article draft = new Article("content/articles/a.md", "a", "/opinion/articles/a/", "Bike lanes", "", "",
                day(2025, 8, 15), null, List.of(ADA), List.of(), new Html("<p>x</p>"), 100, null, ArticleState.DRAFT,
                List.of(), List.of(), WorkType.OP_ED, null, new Kicker("Commentary", ""), "", "", List.of());

        assertThat(METADATA.article(plain()).robots()).isEqualTo("max-image-preview:large");
        assertThat(METADATA.index(page(1, "/opinion/")).robots()).isEqualTo("max-image-preview:large");
        assertThat(METADATA.article(draft).robots()).isEqualTo("noindex");
        assertThat(METADATA.notFound().robots()).isEqualTo("noindex");
    }

    @Test
    void titleThatClosesAScriptIsEscapedInJsonLd() {
        PageMeta meta = METADATA.article(article("</script><script>alert(1)</script>", List.of(ADA), List.of(),
                null));

        assertThat(ld(meta)).doesNotContain("</script>").doesNotContain("<")
                .contains("\"headline\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"");
        assertThat(meta.title()).isEqualTo("</script><script>alert(1)</script> | The Desk");
    }

    @Test
    void firstIndexPageHasWebSiteJsonLd() {
        PageMeta meta = METADATA.index(page(1, "/opinion/"));

        assertThat(meta.title()).isEqualTo("The Desk");
        assertThat(meta.canonical()).isEqualTo("https://example.org/opinion/");
        assertThat(ld(meta)).startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\","
                + "\"name\":\"The Desk\",\"url\":\"https://example.org/opinion/\","
                + "\"description\":\"Views from the desk.\",\"inLanguage\":\"en\",\"publisher\":{");
    }

    @Test
    void laterIndexPagesHaveNoJsonLd() {
        PageMeta meta = METADATA.index(page(2, "/opinion/page/2/"));

        assertThat(meta.jsonLd().value()).isEmpty();
        assertThat(meta.title()).isEqualTo("Page 2 | The Desk");
        assertThat(meta.canonical()).isEqualTo("https://example.org/opinion/page/2/");
        assertThat(meta.indexable()).isTrue();
    }

    @Test
    void authorPageIsAProfilePageWithSameAsLinks() {
        PageMeta meta = METADATA.author(ADA, List.of(), page(1, "/opinion/authors/ada-byron/"));

        assertThat(ld(meta)).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"ProfilePage\","
                + "\"mainEntity\":{\"@type\":\"Person\",\"name\":\"Ada Byron\","
                + "\"url\":\"https://example.org/opinion/authors/ada-byron/\","
                + "\"description\":\"Writes about engines.\","
                + "\"image\":\"https://example.org/opinion/images/ada.png\","
                + "\"sameAs\":[\"https://ada.example/\",\"https://social.example/@ada\"]}}");
        assertThat(meta.type()).isEqualTo("profile");
        assertThat(meta.title()).isEqualTo("Ada Byron | The Desk");
        assertThat(meta.description()).isEqualTo("Writes about engines.");
        assertThat(meta.image().src()).isEqualTo("https://example.org/opinion/images/ada.png");
    }

    @Test
    void organizationAuthorOfAnArticleIsAnOrganization() {
        PageMeta meta = METADATA.article(article("Our view", List.of(BOARD, ADA), List.of(), null));

        assertThat(ld(meta)).contains("\"author\":[{\"@type\":\"Organization\",\"name\":\"The Editorial Board\","
                + "\"url\":\"https://example.org/opinion/authors/editorial-board/\"},{\"@type\":\"Person\","
                + "\"name\":\"Ada Byron\",\"url\":\"https://example.org/opinion/authors/ada-byron/\"}]");
    }

    @Test
    void organizationPageIsAProfileOfAnOrganizationWithItsMembersLinkedWhenTheyHaveAPage() {
        PageMeta meta = METADATA.author(BOARD, List.of(new Member(ADA, true), new Member(MAREN, false)),
                page(1, "/opinion/authors/editorial-board/"));

        assertThat(ld(meta)).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"ProfilePage\","
                + "\"mainEntity\":{\"@type\":\"Organization\",\"name\":\"The Editorial Board\","
                + "\"url\":\"https://example.org/opinion/authors/editorial-board/\","
                + "\"description\":\"The board argues the paper's positions.\","
                + "\"member\":[{\"@type\":\"Person\",\"name\":\"Ada Byron\","
                + "\"url\":\"https://example.org/opinion/authors/ada-byron/\"},"
                + "{\"@type\":\"Person\",\"name\":\"Maren Okafor\"}]}}");
        assertThat(meta.description()).isEqualTo("The board argues the paper's positions.");
    }

    @Test
    void personWithATaglineAndNoBioIsDescribedByTheTaglineSentence() {
        PageMeta meta = METADATA.author(MAREN, List.of(), page(1, "/opinion/authors/maren-okafor/"));

        assertThat(ld(meta)).contains("\"@type\":\"Person\"")
                .contains("\"description\":\"Maren Okafor is a senior studying urban planning.\"")
                .doesNotContain("jobTitle").doesNotContain("member");
        assertThat(meta.description()).isEqualTo("Maren Okafor is a senior studying urban planning.");
    }

    @Test
    void bioComesBeforeTheTaglineInTheDescription() {
        Author both = new Author("ada-byron", "Ada Byron", "Writes about engines.", "/opinion/authors/ada-byron/", "",
                List.of(), AuthorKind.PERSON, "is a columnist", "", List.of());

        assertThat(METADATA.author(both, List.of(), page(1, "/opinion/authors/ada-byron/")).description())
                .isEqualTo("Writes about engines.");
    }

    @Test
    void authorWithoutLinksBioOrAvatarHasNoSameAs() {
        PageMeta meta = METADATA.author(GRACE, List.of(), page(1, "/opinion/authors/grace-hopper/"));

        assertThat(ld(meta)).doesNotContain("sameAs").doesNotContain("\"image\"").doesNotContain("\"description\"");
        assertThat(meta.description()).endsWith("articles by Grace Hopper.");
        assertThat(meta.hasImage()).isFalse();
    }

    @Test
    void authorPageAdvertisesTheAuthorsFeedAfterTheSiteFeeds() {
        PageMeta meta = METADATA.author(ADA, List.of(), page(1, "/opinion/authors/ada-byron/"));

        assertThat(meta.feeds()).containsExactly(
                new FeedLink("The Desk", "/opinion/feed.xml", FeedLink.ATOM),
                new FeedLink("The Desk (JSON Feed)", "/opinion/feed.json", FeedLink.JSON),
                new FeedLink("The Desk (RSS)", "/opinion/rss.xml", FeedLink.RSS),
                new FeedLink("Ada Byron — The Desk", "/opinion/authors/ada-byron/feed.xml", FeedLink.ATOM));
    }

    @Test
    void laterAuthorPagesSayTheirNumber() {
        PageMeta meta = METADATA.author(ADA, List.of(), page(2, "/opinion/authors/ada-byron/page/2/"));

        assertThat(meta.title()).isEqualTo("Ada Byron, page 2 | The Desk");
        assertThat(meta.canonical()).isEqualTo("https://example.org/opinion/authors/ada-byron/page/2/");
    }

    @Test
    void tagPageAdvertisesTheTagsFeed() {
        Tag cities = new Tag("cities", "Cities", "/opinion/tags/cities/");
        PageMeta meta = METADATA.tag(cities, page(1, "/opinion/tags/cities/"));

        assertThat(meta.title()).isEqualTo("Tagged Cities | The Desk");
        assertThat(meta.description()).isEqualTo("Commentary articles tagged Cities.");
        assertThat(meta.feeds()).last().isEqualTo(
                new FeedLink("Cities — The Desk", "/opinion/tags/cities/feed.xml", FeedLink.ATOM));
        assertThat(ld(meta)).contains("\"@type\":\"CollectionPage\"");
    }

    @Test
    void tagsPageListsEveryTopicAtTheTagsFolder() {
        PageMeta meta = METADATA.tags();

        assertThat(meta.title()).isEqualTo("Tags | The Desk");
        assertThat(meta.description()).isEqualTo("Every topic The Desk writes about.");
        assertThat(meta.canonical()).isEqualTo("https://example.org/opinion/tags/");
        assertThat(meta.indexable()).isTrue();
    }

    @Test
    void notFoundPageIsNotIndexable() {
        PageMeta meta = METADATA.notFound();

        assertThat(meta.indexable()).isFalse();
        assertThat(meta.jsonLd().value()).isEmpty();
        assertThat(meta.canonical()).isEqualTo("https://example.org/opinion/404.html");
        assertThat(meta.title()).isEqualTo("Page not found | The Desk");
    }

    @Test
    void otherPagesAreIndexable() {
        assertThat(METADATA.authors().indexable()).isTrue();
        assertThat(METADATA.index(page(1, "/opinion/")).indexable()).isTrue();
        assertThat(METADATA.author(ADA, List.of(), page(1, "/opinion/authors/ada-byron/")).indexable()).isTrue();
    }

    @Test
    void everyPageOfASectionMarksItsNavigationLinkAndItsOwnPageMarksItsOwnLink() {
        String authors = "https://example.org/opinion/authors/";
        String ada = "https://example.org/opinion/authors/ada-byron/";
        PageMeta adaPage2 = METADATA.author(ADA, List.of(), page(2, "/opinion/authors/ada-byron/page/2/"));

        assertThat(adaPage2.ariaCurrent(authors)).isEqualTo("true");
        assertThat(adaPage2.ariaCurrent(ada)).isNull();
        assertThat(METADATA.author(ADA, List.of(), page(1, "/opinion/authors/ada-byron/")).ariaCurrent(ada)).isEqualTo("page");
        assertThat(METADATA.authors().ariaCurrent(authors)).isEqualTo("page");
        assertThat(METADATA.tags().ariaCurrent("https://example.org/opinion/tags/")).isEqualTo("page");
        assertThat(METADATA.tag(new Tag("cities", "Cities", "/opinion/tags/cities/"),
                page(1, "/opinion/tags/cities/")).ariaCurrent("https://example.org/opinion/tags/")).isEqualTo("true");
        assertThat(METADATA.index(page(2, "/opinion/page/2/")).ariaCurrent("https://example.org/opinion/"))
                .isEqualTo("true");
        assertThat(METADATA.article(plain()).ariaCurrent("https://example.org/opinion/")).isNull();
        assertThat(METADATA.article(plain()).ariaCurrent(authors)).isNull();
        assertThat(METADATA.notFound().ariaCurrent("https://example.org/opinion/")).isNull();
    }
}
