package dev.byline.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.build.BuildResult;
import dev.byline.model.WorkType;
import dev.byline.testing.TestSites;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Google's rules for the {@code Article} rich result, checked on the JSON-LD of every article page Byline builds: a
 * schema.org Article type, a headline that is the page's, at least one crawlable image of at least 50,000 pixels in a
 * format Google Images reads, {@code datePublished} and {@code dateModified} as ISO 8601 date-times with an offset,
 * and every author as a Person or an Organization with a name and the URL of their page on the site. Run on the
 * sample site and on a fixture with one piece of every type of work.
 */
class ArticleRichResultsTest {

    /** schema.org's Article and the subtypes Byline writes; Google accepts every one for the Article result. */
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "OpinionNewsArticle",
            "AnalysisNewsArticle", "ReviewNewsArticle");
    private static final int MIN_IMAGE_PIXELS = 50_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path sampleSite;
    static Path everyType;

    @BeforeAll
    static void buildBothSites() {
        sampleSite = build(TestSites.repositoryRoot(), "sample");
        everyType = build(TestSites.fixture("sites", "every-type"), "every-type");
    }

    private static Path build(Path siteDir, String name) {
        Path output = temp.resolve(name);
        BuildResult result = TestSites.build(TestSites.request(siteDir, TestSites.theme(),
                output));
        assertThat(TestSites.formatted(result.diagnostics())).as(name).isEmpty();
        return output;
    }

    @Test
    void everyTypeOfWorkHasAPieceInTheFixture() throws IOException {
        List<String> classes = new ArrayList<>();
        for (Path page : articlePages(everyType)) {
            classes.add(Jsoup.parse(page.toFile(), "UTF-8").selectFirst("article").className());
        }
        assertThat(classes).containsExactlyInAnyOrderElementsOf(Arrays.stream(WorkType.values())
                .map(type -> "article type-" + type.id()).toList());
    }

    @Test
    void everyArticleOfTheSampleSiteMeetsTheArticleRules() throws IOException {
        assertArticleRules(sampleSite, "https://example.org/");
    }

    @Test
    void everyTypeOfWorkMeetsTheArticleRules() throws IOException {
        assertArticleRules(everyType, "https://example.org/");
    }

    @Test
    void aPieceWithoutALeadImageShowsTheSiteCardAndOneWithALeadImageShowsItsOwn() throws IOException {
        assertThat(imagesOf(everyType, "an-op-ed")).containsExactly("https://example.org/images/card.png");
        assertThat(imagesOf(everyType, "a-review")).containsExactly("https://example.org/images/lead.png");
    }

    @Test
    void anOrganizationSignsAsAnOrganizationAndAPersonAsAPerson() throws IOException {
        JsonNode editorial = articleNode(everyType.resolve("articles/an-editorial/index.html")).get("author").get(0);
        JsonNode opEd = articleNode(everyType.resolve("articles/an-op-ed/index.html")).get("author").get(0);

        assertThat(editorial.get("@type").asText()).isEqualTo("Organization");
        assertThat(editorial.get("name").asText()).isEqualTo("The Editorial Board");
        assertThat(opEd.get("@type").asText()).isEqualTo("Person");
        assertThat(opEd.get("url").asText()).isEqualTo("https://example.org/authors/lena-ortiz/");
    }

    private static List<String> imagesOf(Path site, String slug) throws IOException {
        List<String> images = new ArrayList<>();
        articleNode(site.resolve("articles/" + slug + "/index.html")).get("image").forEach(image ->
                images.add(image.asText()));
        return images;
    }

    private static void assertArticleRules(Path site, String baseUrl) throws IOException {
        List<Path> pages = articlePages(site);
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            JsonNode article = articleNode(page);
            String where = site.relativize(page).toString();

            assertThat(article.get("headline").asText()).as(where).isEqualTo(html.selectFirst("h1").text());
            OffsetDateTime published = OffsetDateTime.parse(article.get("datePublished").asText());
            OffsetDateTime modified = OffsetDateTime.parse(article.get("dateModified").asText());
            assertThat(modified).as(where).isAfterOrEqualTo(published);

            assertThat(article.get("image")).as(where + " image").isNotNull().isNotEmpty();
            for (JsonNode image : article.get("image")) {
                assertImageIsUsable(site, baseUrl, image.asText(), where);
            }
            assertThat(article.get("author")).as(where + " author").isNotNull().isNotEmpty();
            for (JsonNode author : article.get("author")) {
                assertThat(author.get("@type").asText()).as(where).isIn("Person", "Organization");
                assertThat(author.get("name").asText()).as(where).isNotBlank();
                assertThat(builtFile(site, baseUrl, author.get("url").asText()).resolve("index.html"))
                        .as(where + " author page").isRegularFile();
            }
        }
    }

    private static void assertImageIsUsable(Path site, String baseUrl, String url, String where) throws IOException {
        Path file = builtFile(site, baseUrl, url);
        assertThat(file).as(where + " " + url).isRegularFile();
        String name = file.getFileName().toString();
        assertThat(name).as(where).matches(".*\\.(png|jpe?g|gif|webp|avif|svg)");
        if (!name.endsWith(".svg")) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as(where + " " + url + " readable").isNotNull();
            assertThat((long) image.getWidth() * image.getHeight()).as(where + " " + url + " pixels")
                    .isGreaterThanOrEqualTo(MIN_IMAGE_PIXELS);
        }
    }

    /** The file an absolute URL of the site leads to. */
    private static Path builtFile(Path site, String baseUrl, String url) {
        assertThat(url).startsWith(baseUrl);
        return site.resolve(URI.create(url).getPath().substring(URI.create(baseUrl).getPath().length()));
    }

    /** Every article's page: the pages whose Open Graph type is {@code article}. */
    private static List<Path> articlePages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("articles"))) {
            List<Path> pages = new ArrayList<>();
            for (Path file : files.filter(path -> path.endsWith("index.html")).sorted().toList()) {
                Document html = Jsoup.parse(file.toFile(), "UTF-8");
                if ("article".equals(html.select("meta[property=og:type]").attr("content"))) {
                    pages.add(file);
                }
            }
            return pages;
        }
    }

    /** The page's JSON-LD object whose type is an Article type. */
    private static JsonNode articleNode(Path page) throws IOException {
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        List<JsonNode> found = new ArrayList<>();
        html.select("script[type=application/ld+json]").forEach(script -> {
            try {
                JsonNode node = JSON.readTree(script.data());
                if (ARTICLE_TYPES.contains(node.path("@type").asText())) {
                    found.add(node);
                }
            } catch (IOException e) {
                throw new AssertionError(page + ": JSON-LD that does not parse: " + e.getMessage(), e);
            }
        });
        assertThat(found).as(page + " article JSON-LD").hasSize(1);
        return found.get(0);
    }
}
