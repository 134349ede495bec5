package dev.byline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticleState;
import dev.byline.model.Author;
import dev.byline.model.Correction;
import dev.byline.model.Html;
import dev.byline.model.Kicker;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static SiteConfig config(String description) {
        return SiteConfigs.standard().withDescription(description).withBaseUrl("https://example.org/opinion/")
                .withLanguage("en-GB").withTimezone(NEW_YORK).withPublisher("Desk Media").build();
    }

    private static ArticleDate day(int year, int month, int day) {
        return new ArticleDate(ZonedDateTime.of(year, month, day, 0, 0, 0, 0, NEW_YORK), false);
    }

    private static Author author(String slug, String name) {
        return new Author(slug, name, "", "/opinion/authors/" + slug + "/", "", List.of());
    }

    private static Article article(String slug, String title, ArticleDate date, ArticleDate updated,
                                   List<Author> authors, List<Tag> tags, String body,
                                   List<Correction> corrections) {
        return new Article("content/articles/" + slug + ".md", slug, "/opinion/articles/" + slug + "/", title, "",
                "Summary of " + slug + ".", date, updated, authors, tags, new Html(body), 100, null,
                ArticleState.PUBLISHED, corrections, List.of(), WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    private static Article simple(String slug, ArticleDate date) {
        return article(slug, "Title " + slug, date, null, List.of(author("ada", "Ada Byron")), List.of(),
                "<p>Body.</p>", List.of());
    }

    private static FeedSpec spec(List<Article> articles) {
        return new FeedSpec("feed.xml", "The Desk", "/opinion/", "/opinion/feed.xml", articles);
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static Element link(Element parent, String rel) {
        return children(parent, "link").stream().filter(link -> link.getAttribute("rel").equals(rel))
                .findFirst().orElseThrow();
    }

    private static Element feed(List<Article> articles) throws Exception {
        return parse(new AtomFeed(config("Views from the desk.")).write(spec(articles))).getDocumentElement();
    }

    private static Element correctionsFeed(List<Article> articles) throws Exception {
        return parse(new AtomFeed(config("")).corrections(new FeedSpec("corrections/feed.xml", "Corrections",
                "/opinion/corrections/", "/opinion/corrections/feed.xml", articles))).getDocumentElement();
    }

    @Test
    void theCorrectionsFeedHasAnEntryPerCorrectionNewestFirstLinkingToItOnItsArticle() throws Exception {
        Article fares = article("fares", "Fares", day(2025, 3, 1), null, List.of(), List.of(), "<p>x</p>",
                List.of(new Correction(day(2025, 3, 4), "The fare is $2."),
                        new Correction(day(2025, 3, 9), "The route is the 11.")));
        Article parks = article("parks", "Parks", day(2025, 2, 1), null, List.of(), List.of(), "<p>x</p>",
                List.of(new Correction(day(2025, 3, 6), "The park opened in 1901.")));

        Element feed = correctionsFeed(List.of(fares, parks));

        List<Element> entries = children(feed, "entry");
        assertThat(entries).extracting(entry -> text(entry, "title"))
                .containsExactly("Correction: Fares", "Correction: Parks", "Correction: Fares");
        assertThat(entries).extracting(entry -> text(entry, "id")).containsExactly(
                "https://example.org/opinion/articles/fares/#correction-2",
                "https://example.org/opinion/articles/parks/#correction-1",
                "https://example.org/opinion/articles/fares/#correction-1");
        assertThat(link(entries.get(0), "alternate").getAttribute("href")).isEqualTo(text(entries.get(0), "id"));
        assertThat(text(entries.get(0), "content")).isEqualTo("The route is the 11.");
        assertThat(text(entries.get(0), "updated")).isEqualTo("2025-03-09T00:00:00-05:00");
        assertThat(text(feed, "updated")).isEqualTo("2025-03-09T00:00:00-05:00");
    }

    @Test
    void aSiteWithoutCorrectionsHasAnEmptyCorrectionsFeed() throws Exception {
        Element feed = correctionsFeed(List.of());

        assertThat(children(feed, "entry")).isEmpty();
        assertThat(text(feed, "title")).isEqualTo("Corrections");
    }

    @Test
    void feedIsAnAtomDocumentInTheSiteLanguage() throws Exception {
        Element feed = feed(List.of(simple("a", day(2025, 8, 15))));

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en-GB");
    }

    @Test
    void feedHasIdTitleSubtitleAndLinks() throws Exception {
        Element feed = feed(List.of(simple("a", day(2025, 8, 15))));

        assertThat(text(feed, "id")).isEqualTo("https://example.org/opinion/feed.xml");
        assertThat(text(feed, "title")).isEqualTo("The Desk");
        assertThat(text(feed, "subtitle")).isEqualTo("Views from the desk.");
        assertThat(link(feed, "self").getAttribute("href")).isEqualTo("https://example.org/opinion/feed.xml");
        assertThat(link(feed, "self").getAttribute("type")).isEqualTo("application/atom+xml");
        assertThat(link(feed, "alternate").getAttribute("href")).isEqualTo("https://example.org/opinion/");
        assertThat(link(feed, "alternate").getAttribute("type")).isEqualTo("text/html");
        assertThat(text(children(feed, "author").get(0), "name")).isEqualTo("Desk Media");
    }

    @Test
    void feedsNameEveryWebSubHubOrNoneWithoutHubs() throws Exception {
        SiteConfig withHubs = SiteConfigs.standard().withBaseUrl("https://example.org/opinion/")
                .withHubs("https://hub.example.com/", "https://pubsubhubbub.appspot.com/").build();
        Element feed = parse(new AtomFeed(withHubs).write(spec(List.of()))).getDocumentElement();
        Element corrections = parse(new AtomFeed(withHubs).corrections(spec(List.of()))).getDocumentElement();

        for (Element written : List.of(feed, corrections)) {
            assertThat(children(written, "link").stream().filter(link -> link.getAttribute("rel").equals("hub"))
                    .map(link -> link.getAttribute("href")))
                    .containsExactly("https://hub.example.com/", "https://pubsubhubbub.appspot.com/");
        }
        assertThat(children(feed(List.of()), "link")).noneMatch(link -> link.getAttribute("rel").equals("hub"));
    }

    /** A form feed pasted into an article (seen in a real post) made the whole feed unreadable XML. */
    @Test
    void charactersXmlForbidsAreLeftOutSoTheFeedStaysReadable() throws Exception {
        // a lone surrogate can be in a text field, not in a body: that is kept as UTF-8, which has none
        Article pasted = article("pasted", "Bell\u0007 and \uFFFE\uD800", day(2025, 8, 15), null,
                List.of(author("ada", "Ada\u0001 Byron")), List.of(), "<p>Page one\f page two  \uD83D\uDE00</p>",
                List.of());

        Element feed = feed(List.of(pasted));

        Element entry = children(feed, "entry").get(0);
        assertThat(text(entry, "title")).isEqualTo("Bell and ");
        assertThat(text(entry, "content")).contains("Page one page two  \uD83D\uDE00");
    }

    @Test
    void subtitleIsLeftOutWithoutADescription() throws Exception {
        byte[] bytes = new AtomFeed(config("")).write(spec(List.of(simple("a", day(2025, 8, 15)))));

        assertThat(children(parse(bytes).getDocumentElement(), "subtitle")).isEmpty();
    }

    @Test
    void feedUpdatedIsTheLatestModificationOfItsEntries() throws Exception {
        Article older = simple("older", day(2025, 8, 1));
        Article corrected = article("corrected", "Corrected", day(2025, 7, 1), null,
                List.of(author("ada", "Ada Byron")), List.of(), "<p>x</p>",
                List.of(new Correction(day(2025, 9, 2), "We got a date wrong.")));

        Element feed = feed(List.of(older, corrected));

        assertThat(text(feed, "updated")).isEqualTo("2025-09-02T00:00:00-04:00");
    }

    @Test
    void emptyFeedHasTheFixed1970Updated() throws Exception {
        Element feed = feed(List.of());

        assertThat(text(feed, "updated")).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(children(feed, "entry")).isEmpty();
    }

    @Test
    void entriesFollowTheOrderGiven() throws Exception {
        Element feed = feed(List.of(simple("b", day(2025, 8, 2)), simple("a", day(2025, 8, 1))));

        assertThat(children(feed, "entry")).extracting(entry -> text(entry, "id"))
                .containsExactly("https://example.org/opinion/articles/b/", "https://example.org/opinion/articles/a/");
    }

    @Test
    void entryHasIdLinkPublishedAndUpdatedFromModified() throws Exception {
        Article article = article("a", "Title", day(2025, 8, 15), day(2025, 8, 20),
                List.of(author("ada", "Ada Byron")), List.of(), "<p>x</p>",
                List.of(new Correction(day(2025, 12, 1), "A correction.")));

        Element entry = children(feed(List.of(article)), "entry").get(0);

        assertThat(text(entry, "id")).isEqualTo("https://example.org/opinion/articles/a/");
        assertThat(link(entry, "alternate").getAttribute("href")).isEqualTo("https://example.org/opinion/articles/a/");
        assertThat(text(entry, "title")).isEqualTo("Title");
        assertThat(text(entry, "published")).isEqualTo("2025-08-15T00:00:00-04:00");
        assertThat(text(entry, "updated")).isEqualTo(article.modified().iso())
                .isEqualTo("2025-12-01T00:00:00-05:00");
        assertThat(text(entry, "summary")).isEqualTo("Summary of a.");
    }

    @Test
    void entryWithATimeOfDayKeepsItAndItsOffset() throws Exception {
        ArticleDate morning = new ArticleDate(ZonedDateTime.of(2025, 1, 15, 9, 30, 0, 0, NEW_YORK), true);

        Element entry = children(feed(List.of(simple("a", morning))), "entry").get(0);

        assertThat(text(entry, "published")).isEqualTo("2025-01-15T09:30:00-05:00");
        assertThat(text(entry, "updated")).isEqualTo("2025-01-15T09:30:00-05:00");
    }

    @Test
    void entryListsEveryAuthorWithTheirPage() throws Exception {
        Article article = article("a", "Title", day(2025, 8, 15), null,
                List.of(author("ada", "Ada Byron"), author("grace", "Grace Hopper")), List.of(), "<p>x</p>",
                List.of());

        List<Element> authors = children(children(feed(List.of(article)), "entry").get(0), "author");

        assertThat(authors).extracting(author -> text(author, "name")).containsExactly("Ada Byron", "Grace Hopper");
        assertThat(authors).extracting(author -> text(author, "uri")).containsExactly(
                "https://example.org/opinion/authors/ada/", "https://example.org/opinion/authors/grace/");
    }

    @Test
    void entryHasACategoryPerTag() throws Exception {
        Article article = article("a", "Title", day(2025, 8, 15), null, List.of(author("ada", "Ada Byron")),
                List.of(new Tag("food-and-drink", "Food & Drink", "/opinion/tags/food-and-drink/"),
                        new Tag("cities", "Cities", "/opinion/tags/cities/")),
                "<p>x</p>", List.of());

        List<Element> categories = children(children(feed(List.of(article)), "entry").get(0), "category");

        assertThat(categories).extracting(category -> category.getAttribute("term"))
                .containsExactly("food-and-drink", "cities");
        assertThat(categories).extracting(category -> category.getAttribute("label"))
                .containsExactly("Food & Drink", "Cities");
    }

    @Test
    void contentIsHtmlWithAbsoluteLinks() throws Exception {
        Article article = article("a", "Title", day(2025, 8, 15), null, List.of(author("ada", "Ada Byron")),
                List.of(), "<p><a href=\"/opinion/articles/b/\">b</a> <img src=\"/opinion/images/c.png\">"
                        + "<a href=\"#fn-1\">1</a> <a href=\"https://other.example/\">o</a></p>", List.of());

        Element content = children(children(feed(List.of(article)), "entry").get(0), "content").get(0);

        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).isEqualTo("<p><a href=\"https://example.org/opinion/articles/b/\">b</a> "
                + "<img src=\"https://example.org/opinion/images/c.png\">"
                + "<a href=\"https://example.org/opinion/articles/a/#fn-1\">1</a> "
                + "<a href=\"https://other.example/\">o</a></p>");
    }

    @Test
    void markupInTitlesAndContentIsEscaped() throws Exception {
        Article article = article("a", "Cats < Dogs & \"Birds\"", day(2025, 8, 15), null,
                List.of(author("ada", "Ada Byron")), List.of(), "<p>x &amp; y</p>", List.of());

        byte[] bytes = new AtomFeed(config("")).write(spec(List.of(article)));
        String xml = new String(bytes, StandardCharsets.UTF_8);
        Element entry = children(parse(bytes).getDocumentElement(), "entry").get(0);

        assertThat(xml).contains("Cats &lt; Dogs &amp; ").contains("&lt;p&gt;x &amp;amp; y&lt;/p&gt;");
        assertThat(text(entry, "title")).isEqualTo("Cats < Dogs & \"Birds\"");
        assertThat(text(entry, "content")).isEqualTo("<p>x &amp; y</p>");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        List<Article> articles = List.of(simple("b", day(2025, 8, 2)), simple("a", day(2025, 8, 1)));
        AtomFeed atom = new AtomFeed(config("Views."));

        assertThat(atom.write(spec(articles))).isEqualTo(atom.write(spec(articles)));
    }

    @Test
    void feedIsUtf8WithAnXmlDeclaration() {
        Article article = article("cafe", "Café “society”", day(2025, 8, 15), null,
                List.of(author("ada", "Ada Byron")), List.of(), "<p>x</p>", List.of());

        String xml = new String(new AtomFeed(config("")).write(spec(List.of(article))), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("Café “society”");
    }
}
