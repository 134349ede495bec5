package dev.byline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticleState;
import dev.byline.model.Author;
import dev.byline.model.AuthorKind;
import dev.byline.model.Html;
import dev.byline.model.Image;
import dev.byline.model.Kicker;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import dev.byline.plan.RecordedParts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RssFeedTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Image CUP = new Image("/opinion/images/cup.jpg", "A cup on a desk", "The desk at dawn.",
            "Photo: Ada Byron", 3000, 2000);

    private static SiteConfigs config() {
        return SiteConfigs.standard().withDescription("Views.").withBaseUrl("https://example.org/opinion/")
                .withTimezone(NEW_YORK).withLanguage("en-GB");
    }

    private static Author author(String slug, String name) {
        return new Author(slug, name, "", "/opinion/authors/" + slug + "/", "", List.of());
    }

    private static Article article(String slug, ZonedDateTime date, List<Author> authors, List<Tag> tags,
                                   Image image, String summary) {
        return new Article("content/articles/" + slug + ".md", slug, "/opinion/articles/" + slug + "/",
                "Title " + slug, "", summary, new ArticleDate(date, true), null, authors, tags,
                new Html("<p>See <a href=\"/opinion/about/\">us</a> and <a href=\"#fn-1\">note</a>.</p>"), 100,
                image, ArticleState.PUBLISHED, List.of(), List.of(), WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    private static Article plain(String slug, ZonedDateTime date) {
        return article(slug, date, List.of(author("ada", "Ada Byron")), List.of(), null, "");
    }

    private static byte[] write(SiteConfig config, List<Article> articles) {
        return new RssFeed(config, new RecordedParts<>()).write(new FeedSpec("rss.xml", "The Desk", "/opinion/",
                "/opinion/rss.xml", articles));
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> elements(Element parent, String namespace, String name) {
        NodeList nodes = namespace == null ? parent.getElementsByTagName(name)
                : parent.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<String> texts(Element parent, String namespace, String name) {
        return elements(parent, namespace, name).stream().map(Element::getTextContent).toList();
    }

    private static Element item(Document feed) {
        return elements(feed.getDocumentElement(), null, "item").get(0);
    }

    @Test
    void channelHasTitleLinkDescriptionLanguageAndSelfLink() throws Exception {
        Element rss = parse(write(config().build(), List.of())).getDocumentElement();

        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = elements(rss, null, "channel").get(0);
        assertThat(texts(channel, null, "title")).containsExactly("The Desk");
        assertThat(texts(channel, null, "link")).containsExactly("https://example.org/opinion/");
        assertThat(texts(channel, null, "description")).containsExactly("Views.");
        assertThat(texts(channel, null, "language")).containsExactly("en-GB");
        Element self = elements(channel, ATOM, "link").get(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo("https://example.org/opinion/rss.xml");
        assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");
    }

    @Test
    void anEmptyFeedHasTheFixed1970BuildDate() throws Exception {
        Element channel = parse(write(config().withTimezone(ZoneId.of("UTC")).build(), List.of()))
                .getDocumentElement();

        assertThat(texts(channel, null, "lastBuildDate")).containsExactly("Thu, 01 Jan 1970 00:00:00 +0000");
    }

    @Test
    void aSiteWithoutDescriptionDescribesTheChannelByItsTitle() throws Exception {
        Element channel = parse(write(SiteConfigs.standard().build(), List.of())).getDocumentElement();

        assertThat(texts(channel, null, "description")).containsExactly("The Desk");
    }

    @Test
    void pubDateIsRfc822InTheSitesZoneWithEnglishNamesAndTheRightWeekday() throws Exception {
        // given in UTC, shown in New York's summer time: 02:30 UTC on Saturday is 22:30 on Friday
        ZonedDateTime utc = ZonedDateTime.of(2025, 8, 16, 2, 30, 0, 0, ZoneId.of("UTC"));
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // the machine's language must not show
        try {
            Document feed = parse(write(config().build(), List.of(plain("a", utc))));

            assertThat(texts(item(feed), null, "pubDate")).containsExactly("Fri, 15 Aug 2025 22:30:00 -0400");
            assertThat(texts(feed.getDocumentElement(), null, "lastBuildDate"))
                    .containsExactly("Fri, 15 Aug 2025 22:30:00 -0400");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyDayOfAYearGetsTheWeekdayItFallsOn() throws Exception {
        DateTimeFormatter rfc822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
        List<Article> year = new ArrayList<>();
        for (int day = 0; day < 365; day += 7) {
            year.add(plain("d" + day, ZonedDateTime.of(2026, 1, 1, 12, 0, 0, 0, NEW_YORK).plusDays(day)));
        }
        Document feed = parse(write(config().build(), year));

        List<String> dates = texts(feed.getDocumentElement(), null, "pubDate");
        assertThat(dates).hasSize(year.size());
        for (String date : dates) {
            DayOfWeek weekday = ZonedDateTime.parse(date, rfc822).getDayOfWeek();
            assertThat(date).startsWith(weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ", ");
        }
    }

    @Test
    void itemHasTitleLinkPermalinkGuidAndSummary() throws Exception {
        Element item = item(parse(write(config().build(), List.of(article("a",
                ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK), List.of(), List.of(), null, "The gist.")))));

        assertThat(texts(item, null, "title")).containsExactly("Title a");
        assertThat(texts(item, null, "link")).containsExactly("https://example.org/opinion/articles/a/");
        Element guid = elements(item, null, "guid").get(0);
        assertThat(guid.getTextContent()).isEqualTo("https://example.org/opinion/articles/a/");
        assertThat(guid.getAttribute("isPermaLink")).isEqualTo("true");
        assertThat(texts(item, null, "description")).containsExactly("The gist.");
    }

    @Test
    void anItemWithoutSummaryHasNoDescription() throws Exception {
        Element item = item(parse(write(config().build(), List.of(plain("a",
                ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK))))));

        assertThat(elements(item, null, "description")).isEmpty();
    }

    @Test
    void everyAuthorIsADcCreatorOrganisationsToo() throws Exception {
        Author desk = new Author("board", "The Editorial Board", "", "/opinion/authors/board/", "", List.of(),
                AuthorKind.ORGANIZATION, "", "", List.of());
        Element item = item(parse(write(config().build(), List.of(article("a",
                ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK),
                List.of(author("ada", "Ada Byron"), author("grace", "Grace Hopper"), desk), List.of(), null, "")))));

        assertThat(texts(item, DC, "creator")).containsExactly("Ada Byron", "Grace Hopper", "The Editorial Board");
    }

    @Test
    void everyTagIsACategory() throws Exception {
        Element item = item(parse(write(config().build(), List.of(article("a",
                ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK), List.of(),
                List.of(new Tag("food", "Food & Drink", "/opinion/tags/food/"),
                        new Tag("cities", "Cities", "/opinion/tags/cities/")), null, "")))));

        assertThat(texts(item, null, "category")).containsExactly("Food & Drink", "Cities");
    }

    @Test
    void theLeadImageIsMediaContentWithSizeTypeCreditAndCaption() throws Exception {
        Element item = item(parse(write(config().build(), List.of(article("a",
                ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK), List.of(), List.of(), CUP, "")))));

        Element media = elements(item, MEDIA, "content").get(0);
        assertThat(media.getAttribute("url")).isEqualTo("https://example.org/opinion/images/cup.jpg");
        assertThat(media.getAttribute("medium")).isEqualTo("image");
        assertThat(media.getAttribute("width")).isEqualTo("3000");
        assertThat(media.getAttribute("height")).isEqualTo("2000");
        assertThat(media.getAttribute("type")).isEqualTo("image/jpeg");
        assertThat(texts(media, MEDIA, "credit")).containsExactly("Photo: Ada Byron");
        assertThat(texts(media, MEDIA, "description")).containsExactly("The desk at dawn.");
    }

    @Test
    void aRemoteImageOfUnknownSizeAndTypeHasOnlyItsUrl() throws Exception {
        Image remote = new Image("https://cdn.example.com/photo", "", "", "", 0, 0);
        Element item = item(parse(write(config().build(), List.of(article("a",
                ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK), List.of(), List.of(), remote, "")))));

        Element media = elements(item, MEDIA, "content").get(0);
        assertThat(media.getAttribute("url")).isEqualTo("https://cdn.example.com/photo");
        assertThat(media.hasAttribute("width")).isFalse();
        assertThat(media.hasAttribute("type")).isFalse();
        assertThat(media.getChildNodes().getLength()).isZero();
    }

    @Test
    void contentEncodedHoldsTheFullArticleWithAbsoluteLinks() throws Exception {
        Element item = item(parse(write(config().build(), List.of(plain("a",
                ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK))))));

        assertThat(texts(item, CONTENT, "encoded")).containsExactly("<p>See <a href=\"https://example.org/opinion/"
                + "about/\">us</a> and <a href=\"https://example.org/opinion/articles/a/#fn-1\">note</a>.</p>");
    }

    @Test
    void theChannelNamesEveryWebSubHub() throws Exception {
        Element channel = parse(write(config().withHubs("https://hub.example.com/", "https://pubsubhubbub"
                + ".appspot.com/").build(), List.of())).getDocumentElement();

        assertThat(elements(channel, ATOM, "link").stream().filter(link -> link.getAttribute("rel").equals("hub"))
                .map(link -> link.getAttribute("href")))
                .containsExactly("https://hub.example.com/", "https://pubsubhubbub.appspot.com/");
    }

    @Test
    void sameInputGivesTheSameBytesAsUtf8() {
        List<Article> articles = List.of(article("é", ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK),
                List.of(), List.of(), CUP, "Ça va."));

        byte[] once = write(config().build(), articles);
        assertThat(once).isEqualTo(write(config().build(), articles));
        assertThat(new String(once, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"").contains("Ça va.");
    }
}
