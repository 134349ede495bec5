package dev.byline.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.testing.TestSites;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCheckTest {

    @TempDir
    Path site;

    private void write(String file, String text) throws IOException {
        Path path = site.resolve("content").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void siteWith(String baseUrl, String relativeUrls) throws IOException {
        write("site.yaml", "title: Checked\nbaseUrl: " + baseUrl + "\nrelativeUrls: " + relativeUrls + "\n");
        write("articles/first.md", """
                ---
                title: First
                date: 2025-01-01
                author: Ada Byron
                description: "The first one."
                ---
                ## A heading

                Fine: [second](/articles/second/), [its part](/articles/second/#the-part), [here](#a-heading).
                """);
        write("articles/second.md", """
                ---
                title: Second
                date: 2025-01-02
                author: Ada Byron
                description: "The second one."
                ---
                ## The part

                Text.
                """);
    }

    /** A third article, its front matter's last lines ({@code extra}) and body on the file's lines 6 and after. */
    private void third(String extra, String body) throws IOException {
        write("articles/third.md", "---\ntitle: Third\ndate: 2025-01-03\nauthor: Ada Byron\n"
                + "description: \"The third one.\"\n" + extra + "---\n" + body);
    }

    private List<String> check(boolean external) throws InterruptedException {
        BuildResult built = new Pipeline(TestSites.request(site, TestSites.theme(), site.resolve("site-out")))
                .render();
        assertThat(TestSites.formatted(built.diagnostics())).isEmpty();
        return TestSites.formatted(new SiteCheck(external).check(built.rendered()));
    }

    private List<String> check(Path templates) throws InterruptedException {
        BuildResult built = new Pipeline(TestSites.request(site, templates, site.resolve("site-out"))).render();
        assertThat(TestSites.formatted(built.diagnostics())).isEmpty();
        return TestSites.formatted(new SiteCheck(false).check(built.rendered()));
    }

    @Test
    void everyOldAddressLeadsToItsArticle() throws Exception {
        siteWith("https://example.org/opinion/", "true");
        third("aliases: [/2019/third.html, /old/third]\n", "Text.\n");

        assertThat(check(false)).isEmpty();
    }

    @Test
    void anOldAddressWhoseRedirectPageLeadsElsewhereIsAnErrorAtTheAlias() throws Exception {
        siteWith("https://example.org/", "false");
        third("aliases: [/old/third/]\n", "Text.\n");
        Path templates = site.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("redirect.jte"), """
                @param dev.byline.model.RedirectPage page
                <!DOCTYPE html><html lang="en"><head><title>Moved</title>
                <meta http-equiv="refresh" content="0; url=/articles/first/"></head><body></body></html>
                """);

        assertThat(check(templates)).containsExactly("content/articles/third.md:6:11: error: the old address "
                + "/old/third/ does not lead to this article: its page sends readers to /articles/first/index.html; "
                + "build the site again");
    }

    @Test
    void aSiteWhoseLinksAllWorkHasNoProblems() throws Exception {
        siteWith("https://example.org/", "false");

        assertThat(check(false)).isEmpty();
    }

    @Test
    void brokenLinksAndFragmentsInAnArticleAreReportedAtTheirMarkdownLine() throws Exception {
        siteWith("https://example.org/opinion/", "true");
        third("", """
                Broken: [gone](/articles/gone/) and
                [no part](/articles/second/#no-such-part), [nothing here](#nowhere).
                """);

        assertThat(check(false)).containsExactly(
                "content/articles/third.md:7:9: error: link /opinion/articles/gone/ goes nowhere: the site has no "
                        + "articles/gone/",
                "content/articles/third.md:8:1: error: link /opinion/articles/second/#no-such-part points at "
                        + "#no-such-part, which articles/second/ does not have",
                "content/articles/third.md:8:44: error: link #nowhere points at #nowhere, which articles/third/ "
                        + "does not have");
    }

    @Test
    void aBrokenLinkWrittenTwiceIsReportedAtEachOfItsPositions() throws Exception {
        siteWith("https://example.org/", "true"); // relative links: the page's links differ from the Markdown's
        third("", """
                [gone](/articles/gone/) and [gone again](/articles/gone/) and
                [no part](#nowhere), then once more [gone](/articles/gone/) and [no part](#nowhere).
                """);

        assertThat(check(false)).containsExactly(
                "content/articles/third.md:7:1: error: link /articles/gone/ goes nowhere: the site has no "
                        + "articles/gone/",
                "content/articles/third.md:7:29: error: link /articles/gone/ goes nowhere: the site has no "
                        + "articles/gone/",
                "content/articles/third.md:8:1: error: link #nowhere points at #nowhere, which articles/third/ "
                        + "does not have",
                "content/articles/third.md:8:37: error: link /articles/gone/ goes nowhere: the site has no "
                        + "articles/gone/",
                "content/articles/third.md:8:65: error: link #nowhere points at #nowhere, which articles/third/ "
                        + "does not have");
    }

    @Test
    void aBrokenLinkInAnArticleIsReportedThereAndTheThemesOwnCopyStillOnEveryPage() throws Exception {
        siteWith("https://example.org/", "false");
        write("site.yaml", "title: Checked\nbaseUrl: https://example.org/\nnav:\n"
                + "  - {title: About, url: /about/}\n");
        third("", "Read [about us](/about/).\n");

        assertThat(check(false)).containsExactly(
                "404.html (written by the theme): error: link /about/ goes nowhere: the site has no about/; also on "
                        + "10 other pages (articles/2025/index.html, articles/first/index.html, "
                        + "articles/index.html, ...)",
                "content/articles/third.md:7:6: error: link /about/ goes nowhere: the site has no about/");
    }

    @Test
    void linksThatAreNotWebAddressesAreReportedAtTheirMarkdownLine() throws Exception {
        siteWith("https://example.org/", "true"); // relative links: the page's link differs from the Markdown's
        third("", """
                A [typo](/articles/first/%zz) and
                ![a chart]({{site.baseurl}}/images/chart.png) copied from Jekyll.
                """);

        assertThat(check(false)).containsExactly(
                "content/articles/third.md:7:3: error: link /articles/first/%zz is not a valid web address: % must "
                        + "start an escape such as %20; write a percent sign as %25",
                "content/articles/third.md:8:1: error: link {{site.baseurl}}/images/chart.png is not a valid web "
                        + "address: {{ ... }} and {% ... %} are another generator's template syntax, which Byline "
                        + "does not fill in; write the path itself, such as /images/chart.png");
    }

    @Test
    void aBrokenLinkTheThemeWritesOnEveryPageIsReportedOnce() throws Exception {
        siteWith("https://example.org/", "true");
        write("site.yaml", "title: Checked\nbaseUrl: https://example.org/\nrelativeUrls: true\nnav:\n"
                + "  - {title: About, url: /about/}\n");

        List<String> problems = check(false);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("404.html (written by the theme): error: link /about/ goes "
                + "nowhere: the site has no about/; also on 9 other pages (articles/2025/index.html, ");
    }

    @Test
    void aBrokenPictureAddressUnderTheSitesOwnUrlIsReportedOnceWhereTheFrontMatterNamesIt() throws Exception {
        siteWith("https://example.org/", "false");
        third("image: {src: \"https://example.org/images/gone.jpg\", alt: \"Gone\"}\n", "Text.\n");

        assertThat(check(false)).containsExactly("content/articles/third.md:6:14: error: link "
                + "https://example.org/images/gone.jpg goes nowhere: the site has no images/gone.jpg");
    }

    private void png(String file, int width, int height) throws IOException {
        Path path = site.resolve("content/static").resolve(file);
        Files.createDirectories(path.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", path.toFile());
    }

    @Test
    void anSvgLeadImageIsAWarningWhereTheFrontMatterNamesIt() throws Exception {
        siteWith("https://example.org/", "false");
        write("static/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"/>");
        third("image: {src: /images/chart.svg, alt: \"A chart\"}\n", "Text.\n");

        assertThat(check(false)).containsExactly("content/articles/third.md:6:14: warning: the social image "
                + "https://example.org/images/chart.svg of articles/third/index.html is an SVG: Facebook, X and "
                + "LinkedIn do not show SVG images as link previews; use a PNG or JPEG at least 1200 px wide");
    }

    @Test
    void aNarrowDefaultCardIsOneWarningAtTheFirstPageThatShowsItWithHowManyMoreDo() throws Exception {
        siteWith("https://example.org/", "false");
        write("site.yaml", "title: Checked\nbaseUrl: https://example.org/\nimage: /images/card.png\n");
        png("images/card.png", 800, 420);

        assertThat(check(false)).containsExactly("articles/2025/index.html: warning: the social image "
                + "https://example.org/images/card.png is 800 px wide: Facebook, X and LinkedIn show it small or not "
                + "at all as a link preview; use a PNG or JPEG at least 1200 px wide; also on 8 other pages "
                + "(articles/first/index.html, articles/index.html, articles/second/index.html, ...)");
    }

    @Test
    void aWideEnoughPngCardIsNoProblem() throws Exception {
        siteWith("https://example.org/", "false");
        write("site.yaml", "title: Checked\nbaseUrl: https://example.org/\nimage: /images/card.png\n");
        png("images/card.png", 1200, 630);

        assertThat(check(false)).isEmpty();
    }

    @Test
    void imagesNeedAltTextAndArticlesADescription() throws Exception {
        siteWith("https://example.org/", "false");
        write("static/picture.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>");
        write("articles/third.md", """
                ---
                title: Third
                date: 2025-01-03
                author: Ada Byron
                ---
                ![](/picture.svg)
                """);

        assertThat(check(false)).containsExactly(
                "content/articles/third.md:2:1: warning: no description: lists, feeds and search results show the "
                        + "start of the first paragraph instead; add a line such as description: \"One sentence that "
                        + "sums up the argument.\"",
                "content/articles/third.md:6:1: error: image has no alt text; describe it for readers who cannot "
                        + "see it: ![what the picture shows](...)");
    }

    @Test
    void aLetterNeedsNoDescription() throws Exception {
        siteWith("https://example.org/", "false");
        write("articles/third.md", """
                ---
                title: About the First
                date: 2025-01-03
                author: Ada Byron
                type: letter
                inResponseTo: first
                ---
                I disagree with the first one.
                """);

        assertThat(check(false)).isEmpty();
    }

    @Test
    void twoPagesWithOneTitleAreBothReported() throws Exception {
        siteWith("https://example.org/", "false");
        write("articles/again.md", """
                ---
                title: First
                date: 2025-01-04
                author: Ada Byron
                description: "Same headline."
                ---
                Text.
                """);

        assertThat(check(false)).hasSize(2).allMatch(line -> line.contains("the title \"First | Checked\" is also"));
    }

    @Test
    void externalLinksAreAskedForOnlyWhenWantedAndBrokenOnesReported() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String host = "http://127.0.0.1:" + server.getAddress().getPort();
            siteWith("https://example.org/", "false");
            write("articles/third.md", "---\ntitle: Third\ndate: 2025-01-03\nauthor: Ada Byron\n"
                    + "description: \"Links out.\"\n---\n[fine](" + host + "/ok) and [gone](" + host + "/gone)\n");

            assertThat(check(false)).isEmpty();
            assertThat(check(true)).containsExactly(
                    "content/articles/third.md:7:" + (host.length() + 17) + ": error: link " + host
                            + "/gone answers 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anExternalLinkNothingAnswersIsSaidInWordsWithoutAJavaClassName() throws Exception {
        int closedPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        siteWith("https://example.org/", "false");
        third("", "[down](http://127.0.0.1:" + closedPort + "/page)\n");

        assertThat(check(true)).containsExactly("content/articles/third.md:7:1: error: link http://127.0.0.1:"
                + closedPort + "/page could not be reached (nothing answers there: the connection was refused)");
    }
}
