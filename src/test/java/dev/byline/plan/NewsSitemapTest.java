package dev.byline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.assemble.Sections;
import dev.byline.feed.Feeds;
import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticleState;
import dev.byline.model.Html;
import dev.byline.model.Kicker;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.model.WorkType;
import dev.byline.source.SourceTree;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Google News sitemap as the plan makes it, each file validated against the schemas in
 * {@code src/test/resources/schemas/} (written from Google's and sitemaps.org's documentation: their own XSD files
 * cannot be downloaded here).
 */
class NewsSitemapTest {

    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final SiteConfig CONFIG = SiteConfigs.standard().withBaseUrl("https://example.org/opinion/")
            .withTimezone(NEW_YORK).withLanguage("en-US").withNewsName("The Desk Daily").build();
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(NewsSitemapTest.class.getResource("/schemas/sitemap.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article article(String slug, Duration ago, ArticleState state) {
        ZonedDateTime date = NOW.minus(ago).atZone(NEW_YORK);
        return new Article("content/articles/" + slug + ".md", slug, "/opinion/articles/" + slug + "/",
                "Title " + slug + " & more", "", "", new ArticleDate(date, true), null, List.of(), List.of(),
                new Html("<p>x</p>"), 10, null, state, List.of(), List.of(), WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    private static Article published(String slug, Duration ago) {
        return article(slug, ago, ArticleState.PUBLISHED);
    }

    /** The news sitemap's files, by name in plan order, as rendered. */
    private static Map<String, byte[]> newsFiles(List<Article> articles) {
        Site site = new Site(CONFIG, articles, List.of(), List.of(), NOW);
        Feeds feeds = new Feeds(CONFIG);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Task task : new RenderPlanner(site, new Sections(site), "theme").plan(new SourceTree(List.of()))
                .tasks()) {
            if (task instanceof NewsSitemapTask news) {
                files.put(news.file(), feeds.newsSitemap(news.entries()));
            } else if (task instanceof SitemapTask index && task.file().startsWith("news-")) {
                files.put(index.file(), feeds.sitemap(index.index(), index.entries()));
            }
        }
        return files;
    }

    private static void assertValid(byte[] xml) throws IOException, SAXException {
        SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(byte[] xml, String namespace, String name) throws Exception {
        NodeList nodes = parse(xml).getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void onlyArticlesPublishedInTheLast48HoursAreListed() throws Exception {
        Map<String, byte[]> files = newsFiles(List.of(
                article("scheduled", Duration.ofHours(-2), ArticleState.SCHEDULED),
                published("hour-old", Duration.ofHours(1)),
                article("draft", Duration.ofHours(2), ArticleState.DRAFT),
                published("almost-two-days", Duration.ofHours(48).minusSeconds(1)),
                published("two-days", Duration.ofHours(48)),
                published("last-week", Duration.ofDays(7))));

        assertThat(files).containsOnlyKeys("news-sitemap.xml");
        byte[] sitemap = files.get("news-sitemap.xml");
        assertValid(sitemap);
        assertThat(texts(sitemap, SITEMAP, "loc")).containsExactly("https://example.org/opinion/articles/hour-old/",
                "https://example.org/opinion/articles/almost-two-days/");
    }

    @Test
    void eachArticleHasThePublicationItsDateAndItsTitle() throws Exception {
        byte[] sitemap = newsFiles(List.of(published("a", Duration.ofHours(3)))).get("news-sitemap.xml");

        assertValid(sitemap);
        assertThat(texts(sitemap, NEWS, "name")).containsExactly("The Desk Daily");
        assertThat(texts(sitemap, NEWS, "language")).containsExactly("en");
        assertThat(texts(sitemap, NEWS, "publication_date")).containsExactly("2026-03-10T08:00:00-04:00");
        assertThat(texts(sitemap, NEWS, "title")).containsExactly("Title a & more");
    }

    @Test
    void withNoRecentArticleTheSitemapIsAValidEmptyUrlset() throws Exception {
        byte[] sitemap = newsFiles(List.of(published("old", Duration.ofDays(3)))).get("news-sitemap.xml");

        assertValid(sitemap);
        assertThat(parse(sitemap).getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(texts(sitemap, SITEMAP, "url")).isEmpty();
    }

    @Test
    void exactly1000ArticlesFitOneFile() throws Exception {
        Map<String, byte[]> files = newsFiles(recent(RenderPlanner.MAX_NEWS_SITEMAP_URLS));

        assertThat(files).containsOnlyKeys("news-sitemap.xml");
        assertValid(files.get("news-sitemap.xml"));
        assertThat(texts(files.get("news-sitemap.xml"), NEWS, "news")).hasSize(1000);
    }

    @Test
    void pastGoogles1000ArticlesTheSitemapIsSplitWithAnIndex() throws Exception {
        Map<String, byte[]> files = newsFiles(recent(2_001));

        assertThat(files.keySet()).containsExactly("news-sitemap-1.xml", "news-sitemap-2.xml", "news-sitemap-3.xml",
                "news-sitemap.xml");
        for (byte[] file : files.values()) {
            assertValid(file);
        }
        assertThat(texts(files.get("news-sitemap-1.xml"), NEWS, "news")).hasSize(1000);
        assertThat(texts(files.get("news-sitemap-2.xml"), NEWS, "news")).hasSize(1000);
        assertThat(texts(files.get("news-sitemap-3.xml"), SITEMAP, "loc"))
                .containsExactly("https://example.org/opinion/articles/p2000/");
        byte[] index = files.get("news-sitemap.xml");
        assertThat(parse(index).getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(texts(index, SITEMAP, "loc")).containsExactly("https://example.org/opinion/news-sitemap-1.xml",
                "https://example.org/opinion/news-sitemap-2.xml", "https://example.org/opinion/news-sitemap-3.xml");
    }

    @Test
    void theSchemaRefusesANewsEntryWithoutItsTitle() {
        byte[] broken = new String(newsFiles(List.of(published("a", Duration.ofHours(3)))).get("news-sitemap.xml"),
                StandardCharsets.UTF_8).replaceFirst("<news:title>[^<]*</news:title>", "")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> assertValid(broken))
                .isInstanceOf(SAXException.class).hasMessageContaining("sitemap-news/0.9\":title}' is expected");
    }

    /** {@code count} published articles, a minute apart, the newest first, all within the window. */
    private static List<Article> recent(int count) {
        return IntStream.range(0, count).mapToObj(i -> published("p" + i, Duration.ofSeconds(30L * i + 1)))
                .toList();
    }
}
