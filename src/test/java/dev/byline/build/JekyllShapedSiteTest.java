package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.Article;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter as sites made with Jekyll write it, copied in unchanged: dates in file names, {@code .markdown}
 * files, {@code published: false}, a plain {@code image:} path, blank lines before the front matter, the other
 * generator's own keys in every file, and no author where site.yaml names a default one. The site builds, and
 * means what the writer meant.
 */
class JekyllShapedSiteTest {

    private static final String POST = "layout: post\n";

    @TempDir
    static Path temp;
    static Path output;
    static BuildResult result;

    @BeforeAll
    static void buildJekyllShapedSite() throws IOException {
        Path content = temp.resolve("site/content");
        write(content.resolve("site.yaml"), """
                title: The Old Blog
                baseUrl: https://example.org/
                timezone: Europe/Paris
                author: andrew-wilson
                """);
        write(content.resolve("authors/andrew-wilson.yaml"), "name: Andrew Wilson\n");
        write(content.resolve("articles/2014-03-19-hello-world.md"),
                "---\n" + POST + "title: Hello\n---\n\nFirst post.\n");
        write(content.resolve("articles/2015-01-02-dated-twice.markdown"),
                "---\n" + POST + "title: Dated twice\ndate: 2015-02-03 10:00:00 +0200\nauthor: Jane Doe\n---\n\nA.\n");
        write(content.resolve("articles/2014-09-15-Rust-1.0.md"), "---\n" + POST + "title: Road to 1.0\n---\n\nB.\n");
        write(content.resolve("articles/2015-05-15-Rust-1.0.md"), "---\ntitle: Rust 1.0\n---\n\nC.\n");
        write(content.resolve("articles/2016-01-01-unpublished.md"),
                "---\ntitle: Not yet\npublished: false\n---\n\nD.\n");
        write(content.resolve("articles/2016-02-02-picture.md"),
                "\n\n---\ntitle: With a picture\nimage: /images/x.svg\n---\n\nE.\n");
        write(content.resolve("static/images/x.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"></svg>\n");
        output = temp.resolve("site/site-out");
        result = TestSites.build(TestSites.request(temp.resolve("site"), TestSites.theme(), output));
    }

    @Test
    void siteBuildsWithOneWarningPerThingToFix() {
        assertThat(TestSites.formatted(result.diagnostics())).containsExactly(
                "content/articles/2014-03-19-hello-world.md:2:1: warning: layout: unknown key, in 3 files (this one "
                        + "and 2 more); Byline has no layouts: every article is laid out by the theme's article "
                        + "template",
                "content/articles/2014-09-15-Rust-1.0.md: warning: this article and "
                        + "content/articles/2015-05-15-Rust-1.0.md would share the slug \"rust-1-0\" without the "
                        + "dates in their file names, so they keep them: /articles/2014-09-15-rust-1-0/, "
                        + "/articles/2015-05-15-rust-1-0/; give an article a \"slug:\" line to choose its own address",
                "content/articles/2016-02-02-picture.md:5:8: warning: image has no alt text, so screen readers pass "
                        + "over it; write it as image: {src: /images/x.svg, alt: \"What the picture shows\"}");
        assertThat(result.succeeded()).isTrue();
        assertThat(result.built().stats().articles()).isEqualTo(5);
        assertThat(result.built().stats().draftsHeld()).isEqualTo(1);
    }

    @Test
    void dateInTheFileNameIsTheDateInTheSiteZoneAndLeavesTheSlug() {
        Article hello = article("hello-world");

        assertThat(hello.date().value())
                .isEqualTo(ZonedDateTime.of(2014, 3, 19, 0, 0, 0, 0, ZoneId.of("Europe/Paris")));
        assertThat(Files.exists(output.resolve("articles/hello-world/index.html"))).isTrue();
    }

    @Test
    void frontMatterDateWinsOverTheFileNameAndTheSlugStillLeavesTheDateOut() {
        Article dated = article("dated-twice");

        assertThat(dated.date().value().toInstant()).isEqualTo(ZonedDateTime.parse("2015-02-03T10:00:00+02:00")
                .toInstant());
        assertThat(dated.authors()).extracting(author -> author.name()).containsExactly("Jane Doe");
    }

    @Test
    void markdownExtensionIsAnArticleLikeMd() {
        assertThat(Files.exists(output.resolve("articles/dated-twice/index.html"))).isTrue();
    }

    @Test
    void articlesThatWouldShareASlugKeepTheirDates() {
        assertThat(Files.exists(output.resolve("articles/2014-09-15-rust-1-0/index.html"))).isTrue();
        assertThat(Files.exists(output.resolve("articles/2015-05-15-rust-1-0/index.html"))).isTrue();
        assertThat(Files.exists(output.resolve("articles/rust-1-0"))).isFalse();
    }

    @Test
    void publishedFalseIsADraftNeverPublished() throws IOException {
        assertThat(Files.exists(output.resolve("articles/unpublished"))).isFalse();
        assertThat(Files.readString(output.resolve("feed.xml"))).doesNotContain("Not yet");
        assertThat(Files.readString(output.resolve("index.html"))).doesNotContain("Not yet");
    }

    @Test
    void articleWithoutAnAuthorIsBySiteYamlsDefaultAuthor() {
        assertThat(article("hello-world").authors()).extracting(author -> author.slug())
                .containsExactly("andrew-wilson");
    }

    @Test
    void plainImagePathAfterBlankLinesIsTheLeadImageWithAnEmptyAlt() throws IOException {
        Document page = Jsoup.parse(output.resolve("articles/picture/index.html").toFile(), "UTF-8");

        assertThat(page.selectFirst("h1").text()).isEqualTo("With a picture");
        assertThat(page.select("img[src=/images/x.svg]")).singleElement()
                .satisfies(img -> assertThat(img.attr("alt")).isEmpty());
    }

    private static Article article(String slug) {
        return result.rendered().site().articles().stream().filter(article -> article.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + slug));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
