package dev.byline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.feed.Feeds;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SitemapTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final SiteConfig CONFIG = SiteConfigs.standard()
            .withBaseUrl("https://example.org/opinion/").withPublisher("Desk Media").build();

    private static List<SitemapTask.Entry> entries(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new SitemapTask.Entry("https://example.org/opinion/p/" + i + "/",
                        String.format("2025-01-01T00:00:%02dZ", i % 60)))
                .toList();
    }

    /** The sitemap's files and robots.txt as the plan makes them, by name. */
    private static List<Written> files(List<SitemapTask.Entry> entries) {
        Feeds feeds = new Feeds(CONFIG);
        return Stream.concat(RenderPlanner.sitemap(entries, CONFIG).stream(), Stream.of(RenderPlanner.robots(CONFIG)))
                .map(task -> new Written(task.file(), task instanceof SitemapTask sitemap
                        ? feeds.sitemap(sitemap.index(), sitemap.entries()) : ((FixedTask) task).bytes()))
                .toList();
    }

    private record Written(String file, byte[] bytes) {
    }

    private static Document parse(Written file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes()));
    }

    private static Written named(List<Written> files, String name) {
        return files.stream().filter(file -> file.file().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(NS, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void fewPagesGoIntoOneSitemapAndRobots() throws Exception {
        List<Written> files = files(List.of(
                new SitemapTask.Entry("https://example.org/opinion/", "2025-08-15T00:00:00Z"),
                new SitemapTask.Entry("https://example.org/opinion/authors/", "")));

        assertThat(files).extracting(Written::file).containsExactly("sitemap.xml", "robots.txt");
        Document sitemap = parse(named(files, "sitemap.xml"));
        Element root = sitemap.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("urlset");
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(texts(sitemap, "loc"))
                .containsExactly("https://example.org/opinion/", "https://example.org/opinion/authors/");
        assertThat(texts(sitemap, "lastmod")).containsExactly("2025-08-15T00:00:00Z");
    }

    @Test
    void noPagesGiveAnEmptyUrlset() throws Exception {
        List<Written> files = files(List.of());

        Document sitemap = parse(named(files, "sitemap.xml"));
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(texts(sitemap, "url")).isEmpty();
    }

    @Test
    void exactly50000PagesStillFitOneFile() throws Exception {
        List<Written> files = files(entries(RenderPlanner.MAX_SITEMAP_URLS));

        assertThat(files).extracting(Written::file).containsExactly("sitemap.xml", "robots.txt");
        assertThat(texts(parse(named(files, "sitemap.xml")), "loc")).hasSize(50_000);
    }

    @Test
    void morePagesAreSplitWithAnIndex() throws Exception {
        List<Written> files = files(entries(50_001));

        assertThat(files).extracting(Written::file)
                .containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml", "robots.txt");
        List<String> first = texts(parse(named(files, "sitemap-1.xml")), "loc");
        List<String> second = texts(parse(named(files, "sitemap-2.xml")), "loc");
        assertThat(first).hasSize(50_000).startsWith("https://example.org/opinion/p/0/");
        assertThat(second).containsExactly("https://example.org/opinion/p/50000/");
    }

    @Test
    void indexListsThePartsWithTheirNewestLastmod() throws Exception {
        List<Written> files = files(entries(50_001));

        Document index = parse(named(files, "sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(texts(index, "sitemap")).hasSize(2);
        assertThat(texts(index, "loc")).containsExactly("https://example.org/opinion/sitemap-1.xml",
                "https://example.org/opinion/sitemap-2.xml");
        // part 1 holds seconds 0..59; part 2 holds only entry 50000, whose second is 50000 % 60 = 20
        assertThat(texts(index, "lastmod")).containsExactly("2025-01-01T00:00:59Z", "2025-01-01T00:00:20Z");
    }

    @Test
    void robotsNamesTheAbsoluteSitemapUrl() {
        List<Written> files = files(entries(3));

        String robots = new String(named(files, "robots.txt").bytes(),
                StandardCharsets.UTF_8);
        assertThat(robots).startsWith("User-agent: *\n")
                .contains("\nSitemap: https://example.org/opinion/sitemap.xml\n")
                .endsWith("\nSitemap: https://example.org/opinion/news-sitemap.xml\n");
    }

    @Test
    void robotsNamesTheIndexWhenTheSitemapIsSplit() {
        List<Written> files = files(entries(50_001));

        String robots = new String(named(files, "robots.txt").bytes(),
                StandardCharsets.UTF_8);
        assertThat(robots).contains("Sitemap: https://example.org/opinion/sitemap.xml\n");
    }

    @Test
    void urlsAreEscaped() throws Exception {
        List<Written> files = files(List.of(
                new SitemapTask.Entry("https://example.org/opinion/search/?a=1&b=2", "")));

        String xml = new String(named(files, "sitemap.xml").bytes(), StandardCharsets.UTF_8);
        assertThat(xml).contains("?a=1&amp;b=2");
        assertThat(texts(parse(named(files, "sitemap.xml")), "loc"))
                .containsExactly("https://example.org/opinion/search/?a=1&b=2");
    }
}
