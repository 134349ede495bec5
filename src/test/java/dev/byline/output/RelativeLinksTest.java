package dev.byline.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RelativeLinksTest {

    private static final String NOT_FOUND = "404.html";

    private static OutputFile.Rendered page(String file, String html) {
        return new OutputFile.Rendered(file, "page.jte", html.getBytes(StandardCharsets.UTF_8));
    }

    private static String rewrite(String file, String html, String basePath) {
        OutputFile rewritten = RelativeLinks.rewrite(page(file, html), basePath, NOT_FOUND);
        return new String(((OutputFile.Rendered) rewritten).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void linksFromTheRootPageStayAtTheRoot() {
        assertThat(rewrite("index.html", "<a href=\"/articles/x/\">x</a>", "/"))
                .isEqualTo("<a href=\"articles/x/index.html\">x</a>");
    }

    @Test
    void linksClimbOneLevelPerFolderOfThePage() {
        assertThat(rewrite("articles/x/index.html", "<a href=\"/authors/ada/\">a</a>", "/"))
                .isEqualTo("<a href=\"../../authors/ada/index.html\">a</a>");
        assertThat(rewrite("tags/cities/page/2/index.html", "<a href=\"/tags/cities/\">c</a>", "/"))
                .isEqualTo("<a href=\"../../../../tags/cities/index.html\">c</a>");
    }

    @Test
    void linkToTheSiteRootGetsIndexHtml() {
        assertThat(rewrite("articles/x/index.html", "<a href=\"/\">home</a>", "/"))
                .isEqualTo("<a href=\"../../index.html\">home</a>");
    }

    @Test
    void linksToFilesKeepTheirName() {
        assertThat(rewrite("articles/x/index.html",
                "<link href=\"/assets/site.css\"><img src=\"/images/cup.png\"><a href=\"/feed.xml\">f</a>", "/"))
                .isEqualTo("<link href=\"../../assets/site.css\"><img src=\"../../images/cup.png\">"
                        + "<a href=\"../../feed.xml\">f</a>");
    }

    @Test
    void fragmentsAreKeptAfterIndexHtml() {
        assertThat(rewrite("articles/x/index.html", "<a href=\"/articles/y/#fn-1\">1</a>", "/"))
                .isEqualTo("<a href=\"../../articles/y/index.html#fn-1\">1</a>");
        assertThat(rewrite("index.html", "<a href=\"/#top\">top</a>", "/"))
                .isEqualTo("<a href=\"index.html#top\">top</a>");
    }

    @Test
    void inPageFragmentsAreUntouched() {
        String html = "<a href=\"#fn-1\">1</a>";

        assertThat(rewrite("articles/x/index.html", html, "/")).isEqualTo(html);
    }

    @Test
    void absoluteAndProtocolRelativeUrlsAreUntouched() {
        String html = "<link rel=\"canonical\" href=\"https://example.org/articles/x/\">"
                + "<img src=\"//cdn.example.net/a.png\"><a href=\"mailto:desk@example.org\">m</a>";

        assertThat(rewrite("articles/x/index.html", html, "/")).isEqualTo(html);
    }

    @Test
    void linksUnderABasePathLoseIt() {
        assertThat(rewrite("articles/x/index.html",
                "<a href=\"/opinion/authors/ada/\">a</a><img src=\"/opinion/images/cup.png\">"
                        + "<a href=\"/opinion/\">home</a>", "/opinion/"))
                .isEqualTo("<a href=\"../../authors/ada/index.html\">a</a><img src=\"../../images/cup.png\">"
                        + "<a href=\"../../index.html\">home</a>");
    }

    @Test
    void rootRelativeLinksOutsideTheBasePathAreUntouched() {
        String html = "<a href=\"/elsewhere/\">e</a>";

        assertThat(rewrite("articles/x/index.html", html, "/opinion/")).isEqualTo(html);
    }

    @Test
    void otherAttributesAndTextAreUntouched() {
        String html = "<p title=\"/not/a/link/\">See /articles/x/ for more.</p>";

        assertThat(rewrite("index.html", html, "/")).isEqualTo(html);
    }

    @Test
    void rewrittenPageKeepsItsPathAndOrigin() {
        OutputFile rewritten = RelativeLinks.rewrite(page("articles/x/index.html", "<a href=\"/\">h</a>"), "/",
                NOT_FOUND);

        assertThat(rewritten.file()).isEqualTo("articles/x/index.html");
        assertThat(rewritten.origin()).isEqualTo("page.jte");
    }

    @Test
    void filesThatAreNotHtmlAreReturnedAsTheyAre() {
        OutputFile feed = page("feed.xml", "<link href=\"/articles/x/\"/>");
        OutputFile copied = new OutputFile.Copied("static/page.html", "content/static/page.html",
                Path.of("content/static/page.html"));

        assertThat(RelativeLinks.rewrite(feed, "/", NOT_FOUND)).isSameAs(feed);
        assertThat(RelativeLinks.rewrite(copied, "/", NOT_FOUND)).isSameAs(copied);
    }

    @Test
    void notFoundPageKeepsItsRootRelativeLinks() {
        OutputFile notFound = page("404.html", "<a href=\"/\">home</a><link href=\"/assets/site.css\">");

        assertThat(RelativeLinks.rewrite(notFound, "/", NOT_FOUND)).isSameAs(notFound);
    }

    @Test
    void onlyTheNamedNotFoundFileKeepsRootRelativeLinks() {
        assertThat(rewrite("articles/404.html/index.html", "<a href=\"/\">home</a>", "/"))
                .isEqualTo("<a href=\"../../index.html\">home</a>");
    }
}
