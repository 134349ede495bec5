package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sites that look wrong but are valid, built with the repository's theme: Windows line endings, a byte-order mark,
 * an empty and a huge body, date-times around midnight in and out of the site's zone, HTML in front matter and
 * dangerous HTML and URLs in Markdown. Each must build, and show what the writer meant, escaped wherever it goes.
 * The symbolic-link cases are here too, made at run time (a loop committed under src/test/resources would be copied
 * level after level by Maven's resources plugin, and the invalid-sites runner copies links as the files they point
 * at).
 */
class OddButValidSitesTest {

    private static final String TITLE = "<script>alert(\"title\")</script> & \"quotes\" 'too' </title>";
    private static final String DESCRIPTION = "</script><script>alert('description')</script><!-- & -->";
    private static final String AUTHOR = "Mallory <img src=x onerror=alert('name')>";
    private static final String BIO = "</script><script>alert(\"bio\")</script> & <b>bold</b>";
    private static final int HUGE_PARAGRAPHS = 6_000;

    @TempDir
    static Path temp;
    static Path output;
    static BuildResult result;
    static Document feed;

    @BeforeAll
    static void buildOddSite() throws IOException {
        Path site = temp.resolve("site");
        Path content = site.resolve("content");
        write(content.resolve("site.yaml"), """
                title: Odd but valid
                baseUrl: https://example.org/
                timezone: America/New_York
                paginate: 100
                feedSize: 100
                """);
        write(content.resolve("authors/andrew-wilson.yaml"), "name: Andrew Wilson\nbio: \"A writer.\"\n");
        write(content.resolve("static/images/cover.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"></svg>\n");
        write(content.resolve("authors/mallory.yaml"), "name: \"" + yaml(AUTHOR) + "\"\nbio: \"" + yaml(BIO) + "\"\n");

        write(content.resolve("articles/crlf.md"), String.join("\r\n",
                "---", "title: Written on Windows", "date: 2025-08-01", "author: andrew-wilson",
                "description: >", "  folded over", "  two lines", "tags: [windows]", "---",
                "First line", "second line.", "", "## A heading", "", "- one", "- two", ""));
        writeBytes(content.resolve("articles/bom.md"), bom("---\ntitle: Saved with a byte-order mark\n"
                + "date: 2025-08-02\nauthor: andrew-wilson\n---\nText after a BOM.\n"));
        writeBytes(content.resolve("articles/bom-crlf.md"), bom("---\r\ntitle: Notepad's own\r\n"
                + "date: 2025-08-03\r\nauthor: andrew-wilson\r\n---\r\nBOM and CRLF.\r\n"));
        write(content.resolve("articles/empty-body.md"), "---\ntitle: Nothing to add\ndate: 2025-08-04\n"
                + "author: andrew-wilson\n---");
        write(content.resolve("articles/huge.md"), "---\ntitle: A very long read\ndate: 2025-08-05\n"
                + "author: andrew-wilson\n---\n" + hugeBody());

        String[][] dates = {
                {"late-local", "2025-08-15T23:59"},
                {"midnight-local", "2025-08-16T00:00"},
                {"utc-before-midnight", "2025-08-16T03:59:00Z"},
                {"utc-at-midnight", "2025-08-16T04:00:00Z"},
                {"west-coast-late", "2025-08-15T23:30:00-07:00"},
                {"paris-after-midnight", "2025-08-16T00:30:00+02:00"},
                {"winter-offset", "2025-01-15 23:59:59-05:00"},
                {"date-only", "2025-08-15"},
                {"dst-gap", "2025-03-09T02:30"},
                {"dst-overlap", "2025-11-02T01:30"}};
        for (String[] date : dates) {
            write(content.resolve("articles/" + date[0] + ".md"), "---\ntitle: Dated " + date[0] + "\ndate: "
                    + date[1] + "\nauthor: andrew-wilson\n---\nWhen was this?\n");
        }

        write(content.resolve("articles/xss.md"), "---\ntitle: \"" + yaml(TITLE) + "\"\ndate: 2025-08-20\n"
                + "author: mallory\ndescription: \"" + yaml(DESCRIPTION) + "\"\ntags: [\"<b>tag</b>\"]\n"
                + "image:\n  src: /images/cover.svg\n  alt: \"\\\" onerror=\\\"alert('alt')\"\n---\nPlain text.\n");
        write(content.resolve("articles/inline-xss.md"), """
                ---
                title: Inline author with markup
                date: 2025-08-21
                author:
                  name: "<i>Eve</i></script>"
                  bio: "<script>alert('inline bio')</script>"
                ---
                Plain text.
                """);
        write(content.resolve("articles/markdown-xss.md"), """
                ---
                title: Dangerous Markdown
                date: 2025-08-22
                author: andrew-wilson
                ---
                <script>alert("body")</script>

                <img src="x" onerror="alert('img')">

                <iframe src="https://evil.example/"></iframe>

                <div onclick="alert('div')">div</div>

                Inline <a href="javascript:alert('raw')">raw link</a> and <span onmouseover="x()">span</span>.

                [js link](javascript:alert('md')) [JS upper](JaVaScRiPt:alert('upper'))
                [entity js](&#106;avascript:alert('entity')) [tab js](java&#9;script:alert('tab'))
                [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
                ![data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)
                [vb](vbscript:msgbox(1)) <javascript:alert('autolink')> [ref js][evil]

                [fine](https://example.org/) [mail](mailto:desk@example.org) [relative](../date-only/)

                [evil]: javascript:alert('ref')
                """);

        output = site.resolve("site-out");
        result = TestSites.build(TestSites.request(site, TestSites.theme(), output));
    }

    @Test
    void oddSiteBuildsWithoutErrorsAndWarnsOnceOfTheRawHtmlShownAsText() {
        assertThat(TestSites.formatted(result.diagnostics())).containsExactly("content/articles/markdown-xss.md:6:1: "
                + "warning: raw HTML (<script>) is shown as text; set allowRawHtml: true in site.yaml if your writers "
                + "are trusted, or remove it");
        assertThat(result.succeeded()).isTrue();
        assertThat(result.built().stats().articles()).isEqualTo(18);
    }

    @Test
    void crlfArticleReadsAsIfWrittenWithNewlines() throws IOException {
        Document page = page("articles/crlf/index.html");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Written on Windows");
        assertThat(page.selectFirst(".standfirst").text()).isEqualTo("folded over two lines");
        assertThat(page.select(".article-body > p").eachText()).containsExactly("First line second line.");
        assertThat(page.select(".article-body h2").eachAttr("id")).containsExactly("a-heading");
        assertThat(page.select(".article-body li").eachText()).containsExactly("one", "two");
        assertThat(page.select(".tags a").eachText()).containsExactly("windows");
        assertThat(Files.readString(output.resolve("articles/crlf/index.html"))).doesNotContain("\r");
    }

    @Test
    void byteOrderMarkIsDroppedBeforeTheFrontMatter() throws IOException {
        for (String slug : List.of("bom", "bom-crlf")) {
            String html = Files.readString(output.resolve("articles/" + slug + "/index.html"));
            assertThat(html).as(slug).doesNotContain("\uFEFF").doesNotContain("\r");
        }
        assertThat(page("articles/bom/index.html").selectFirst("h1").text()).isEqualTo("Saved with a byte-order mark");
        assertThat(page("articles/bom-crlf/index.html").selectFirst("h1").text()).isEqualTo("Notepad's own");
        assertThat(page("articles/bom-crlf/index.html").select(".article-body p").eachText())
                .containsExactly("BOM and CRLF.");
    }

    @Test
    void emptyBodyGivesAPageWithItsHeaderAndAnEmptyBody() throws IOException {
        Document page = page("articles/empty-body/index.html");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Nothing to add");
        assertThat(page.selectFirst(".article-body").text()).isEmpty();
        assertThat(page.selectFirst(".article-body").children()).isEmpty();
    }

    @Test
    void emptyBodyShowsNoReadingTimeOnItsPageOrInLists() throws IOException {
        assertThat(page("articles/empty-body/index.html").selectFirst(".article-header .meta").text())
                .isEqualTo("August 4, 2025");
        assertThat(page("index.html").select(".article-summary:has(a[href$=empty-body/]) .meta").text())
                .isEqualTo("August 4, 2025");
        assertThat(page("articles/huge/index.html").select(".reading-time").text()).endsWith("min read");
    }

    @Test
    void hugeBodyIsRenderedWhole() throws IOException {
        Document page = page("articles/huge/index.html");

        assertThat(page.select(".article-body > p")).hasSize(HUGE_PARAGRAPHS);
        assertThat(page.select(".article-body > p").last().text()).startsWith("Paragraph " + HUGE_PARAGRAPHS + ":");
        String minutes = page.selectFirst(".article-header .meta").text().replaceAll(".*?(\\d+) min read.*", "$1");
        assertThat(Integer.parseInt(minutes)).isGreaterThan(1_000);
    }

    /** The site is in America/New_York: every page shows the day there, whatever offset the writer gave. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "late-local,           'August 15, 2025',   2025-08-15T23:59:00-04:00",
            "midnight-local,       'August 16, 2025',   2025-08-16T00:00:00-04:00",
            "utc-before-midnight,  'August 15, 2025',   2025-08-15T23:59:00-04:00",
            "utc-at-midnight,      'August 16, 2025',   2025-08-16T00:00:00-04:00",
            "west-coast-late,      'August 16, 2025',   2025-08-16T02:30:00-04:00",
            "paris-after-midnight, 'August 15, 2025',   2025-08-15T18:30:00-04:00",
            "winter-offset,        'January 15, 2025',  2025-01-15T23:59:59-05:00",
            "date-only,            'August 15, 2025',   2025-08-15",
            "dst-gap,              'March 9, 2025',     2025-03-09T03:30:00-04:00",
            "dst-overlap,          'November 2, 2025',  2025-11-02T01:30:00-04:00"})
    void dateTimeAroundMidnightShowsTheSiteZonesDay(String slug, String day, String machine) throws IOException {
        Document page = page("articles/" + slug + "/index.html");

        Element time = page.selectFirst(".article-header time");
        assertThat(time.text()).isEqualTo(day);
        assertThat(time.attr("datetime")).isEqualTo(machine);
        String published = page.selectFirst("meta[property=article:published_time]").attr("content");
        assertThat(published).startsWith(machine.substring(0, 10));
        Element summary = page("index.html").select(".article-summary").stream()
                .filter(item -> item.selectFirst("h2 a").text().equals("Dated " + slug))
                .findFirst().orElseThrow();
        assertThat(summary.selectFirst("time").text()).isEqualTo(day);
        assertThat(summary.selectFirst("time").attr("datetime")).isEqualTo(machine);
        Element entry = feed().select("entry").stream()
                .filter(item -> item.selectFirst("title").text().equals("Dated " + slug))
                .findFirst().orElseThrow();
        assertThat(entry.selectFirst("published").text()).startsWith(machine.substring(0, 10));
    }

    @Test
    void htmlInFrontMatterIsShownAsTextOnTheArticlePage() throws IOException {
        Document page = page("articles/xss/index.html");

        assertThat(page.selectFirst("h1").text()).isEqualTo(TITLE);
        assertThat(page.title()).contains(TITLE);
        assertThat(page.selectFirst(".standfirst").text()).isEqualTo(DESCRIPTION);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(DESCRIPTION);
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).startsWith(TITLE);
        assertThat(page.selectFirst(".author-box h2 a").text()).isEqualTo(AUTHOR);
        assertThat(page.selectFirst(".author-box p").text()).isEqualTo(BIO);
        assertThat(page.select(".tags a").eachText()).containsExactly("<b>tag</b>");
        assertThat(page.selectFirst(".lead-image img").attr("alt")).isEqualTo("\" onerror=\"alert('alt')");
        assertNoActiveContent(page);
        assertThat(page("articles/inline-xss/index.html").selectFirst(".author-box p").text())
                .isEqualTo("<script>alert('inline bio')</script>");
        assertNoActiveContent(page("articles/inline-xss/index.html"));
    }

    @Test
    void htmlInFrontMatterIsShownAsTextOnListsAuthorAndTagPages() throws IOException {
        Document index = page("index.html");
        assertThat(index.select(".article-summary h2 a").eachText()).contains(TITLE);
        assertNoActiveContent(index);

        Document author = page("authors/mallory/index.html");
        assertThat(author.selectFirst("h1").text()).isEqualTo(AUTHOR);
        assertThat(author.selectFirst(".bio").text()).isEqualTo(BIO);
        assertNoActiveContent(author);

        Document tag = page("tags/b-tag-b/index.html");
        assertThat(tag.select(".article-summary h2 a").eachText()).containsExactly(TITLE);
        assertNoActiveContent(tag);
        assertNoActiveContent(page("authors/index.html"));
    }

    @Test
    void htmlInFrontMatterCannotCloseTheJsonLdScript() throws IOException {
        for (String file : List.of("articles/xss/index.html", "articles/inline-xss/index.html",
                "authors/mallory/index.html", "index.html")) {
            Document page = page(file);
            for (Element script : page.select("script")) {
                assertThat(script.attr("type")).as(file).isEqualTo("application/ld+json");
                assertThat(script.data()).as(file).doesNotContain("<").doesNotContain(">");
            }
        }
        String ld = page("articles/xss/index.html").selectFirst("script[type=application/ld+json]").data();
        assertThat(ld).contains("\\u003cscript\\u003ealert(\\\"title\\\")\\u003c/script\\u003e \\u0026 \\\"quotes\\\"");
        assertThat(ld).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert('description')");
    }

    @Test
    void htmlInFrontMatterIsEscapedInTheFeeds() throws IOException {
        Document feed = feed();
        assertThat(feed.select("script, img, b, i")).isEmpty();
        Element entry = feed.select("entry").stream()
                .filter(item -> item.selectFirst("title").text().equals(TITLE))
                .findFirst().orElseThrow();
        assertThat(entry.selectFirst("author name").text()).isEqualTo(AUTHOR);
        assertThat(entry.selectFirst("summary").text()).isEqualTo(DESCRIPTION);
        assertThat(entry.selectFirst("category").attr("label")).isEqualTo("<b>tag</b>");
        String xml = Files.readString(output.resolve("feed.xml"));
        assertThat(xml).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");

        String json = Files.readString(output.resolve("feed.json"));
        assertThat(json).doesNotContain("</script").doesNotContain("<script");
    }

    @Test
    void rawHtmlAndDangerousUrlsInMarkdownAreDefused() throws IOException {
        Document page = page("articles/markdown-xss/index.html");
        Element body = page.selectFirst(".article-body");

        assertThat(body.select("script, iframe, img[onerror], div[onclick], span")).isEmpty();
        assertThat(body.text()).contains("<script>alert(\"body\")</script>", "<img src=\"x\" onerror=\"alert('img')\">",
                "<iframe src=\"https://evil.example/\"></iframe>");
        for (Element element : body.select("[href], [src]")) {
            String url = (element.hasAttr("href") ? element.attr("href") : element.attr("src"))
                    .strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
            assertThat(url).as(element.outerHtml())
                    .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
        }
        for (String text : List.of("js link", "JS upper", "entity js", "tab js", "data link", "vb", "ref js")) {
            Element link = body.select("a").stream().filter(a -> a.text().equals(text)).findFirst().orElse(null);
            assertThat(link == null ? "" : link.attr("href")).as(text).isEmpty();
        }
        assertThat(body.select("a[href]").eachAttr("href"))
                .contains("https://example.org/", "mailto:desk@example.org", "../date-only/");
        assertNoActiveContent(page);

        String feedBody = feed().select("entry").stream()
                .filter(item -> item.selectFirst("title").text().equals("Dangerous Markdown"))
                .findFirst().orElseThrow().selectFirst("content").text();
        Document fromFeed = Jsoup.parseBodyFragment(feedBody);
        assertThat(fromFeed.select("script, iframe, img[onerror], div[onclick]")).isEmpty();
        assertThat(fromFeed.select("[href]").eachAttr("href"))
                .noneMatch(href -> href.strip().toLowerCase(Locale.ROOT).matches("(javascript|data|vbscript):.*"));
    }

    /** No scripts but JSON-LD, no event handlers, no script URLs: nothing on the page can run. */
    private static void assertNoActiveContent(Document page) {
        assertThat(page.select("script").eachAttr("type")).allMatch("application/ld+json"::equals);
        assertThat(page.select("script[src], iframe, object, embed")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.outerHtml()).doesNotStartWith("on");
                assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT)).as(element.outerHtml())
                        .doesNotStartWith("javascript:");
            }
        }
    }

    /** Symbolic links in content/: followed inside the site, an error when they leave it or loop. */
    @Nested
    class Symlinks {

        @Test
        void linkedArticleInsideTheSiteIsFollowed(@TempDir Path dir) throws IOException {
            Path site = smallSite(dir);
            Path content = site.resolve("content");
            write(content.resolve("articles/2025/piece.md"), article("The piece"));
            link(content.resolve("articles/featured.md"), Path.of("2025/piece.md"));

            BuildResult built = TestSites.build(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));

            assertThat(TestSites.formatted(built.diagnostics())).isEmpty();
            assertThat(site.resolve("site-out/articles/piece/index.html")).isRegularFile();
            assertThat(site.resolve("site-out/articles/featured/index.html")).isRegularFile();
        }

        @Test
        void linkLoopIsAnErrorNamingTheLink(@TempDir Path dir) throws IOException {
            Path site = smallSite(dir);
            link(site.resolve("content/articles/loop"), Path.of(".."));

            BuildResult built = TestSites.build(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));

            assertThat(built.succeeded()).isFalse();
            assertThat(TestSites.formatted(built.diagnostics())).contains("content/articles/loop: error: symbolic "
                    + "link loop: this link points back to a folder that contains it");
            assertThat(site.resolve("site-out")).doesNotExist();
        }

        @Test
        void linkToItselfIsReportedNotSkippedSilently(@TempDir Path dir) throws IOException {
            Path site = smallSite(dir);
            link(site.resolve("content/articles/self.md"), Path.of("self.md"));

            BuildResult built = TestSites.build(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));

            assertThat(TestSites.formatted(built.diagnostics())).anyMatch(line -> line.startsWith(
                    "content/articles/self.md: "));
        }

        @Test
        void linkedArticleOutsideTheSiteIsAnError(@TempDir Path dir) throws IOException {
            Path site = smallSite(dir);
            write(dir.resolve("outside.md"), article("From outside"));
            link(site.resolve("content/articles/outside.md"), Path.of("../../../outside.md"));

            BuildResult built = TestSites.build(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));

            assertThat(built.succeeded()).isFalse();
            assertThat(TestSites.formatted(built.diagnostics()))
                    .anyMatch(line -> line.startsWith("content/articles/outside.md: error: "));
            assertThat(site.resolve("site-out/articles/outside/index.html")).doesNotExist();
        }

        @Test
        void linkedStaticFolderOutsideTheSiteIsNeverPublished(@TempDir Path dir) throws IOException {
            Path site = smallSite(dir);
            write(dir.resolve("secrets/key.txt"), "not for the web\n");
            link(site.resolve("content/static/secrets"), Path.of("../../../secrets"));

            BuildResult built = TestSites.build(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));

            assertThat(site.resolve("site-out/secrets/key.txt")).doesNotExist();
            assertThat(built.succeeded()).isFalse();
            assertThat(TestSites.formatted(built.diagnostics()))
                    .anyMatch(line -> line.startsWith("content/static/secrets: error: "));
        }

        @Test
        void linkUnderStaticToTheArticlesIsAnErrorAndPublishesNoSource(@TempDir Path dir) throws IOException {
            Path site = smallSite(dir);
            write(site.resolve("content/articles/embargoed.md"), article("Embargoed").replace("\n---\nText",
                    "\ndraft: true\n---\nText"));
            link(site.resolve("content/static/posts"), Path.of("../articles"));
            link(site.resolve("content/static/fine.md"), Path.of("../articles/fine.md"));
            link(site.resolve("content/static/authors.yaml"), Path.of("../authors/andrew-wilson.yaml"));

            BuildResult built = TestSites.build(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));

            assertThat(built.succeeded()).isFalse();
            assertThat(TestSites.formatted(built.diagnostics())).containsExactly(
                    "content/static/authors.yaml: error: symbolic link into content/authors, the site's sources: "
                            + "what is under content/static is published as it is, so this would put sources (drafts "
                            + "too) on the web; copy in what you mean to publish instead of linking to it",
                    "content/static/fine.md: error: symbolic link into content/articles, the site's sources: what "
                            + "is under content/static is published as it is, so this would put sources (drafts too) "
                            + "on the web; copy in what you mean to publish instead of linking to it",
                    "content/static/posts: error: symbolic link into content/articles, the site's sources: what is "
                            + "under content/static is published as it is, so this would put sources (drafts too) on "
                            + "the web; copy in what you mean to publish instead of linking to it");
            assertThat(site.resolve("site-out")).doesNotExist();
        }

        private Path smallSite(Path dir) throws IOException {
            Path site = dir.resolve("site");
            write(site.resolve("content/site.yaml"), "title: Links\nbaseUrl: https://example.org/\n");
            write(site.resolve("content/authors/andrew-wilson.yaml"), "name: Andrew Wilson\n");
            write(site.resolve("content/articles/fine.md"), article("Fine"));
            Files.createDirectories(site.resolve("content/static"));
            return site;
        }

        private String article(String title) {
            return "---\ntitle: " + title + "\ndate: 2025-08-15\nauthor: andrew-wilson\n---\nText.\n";
        }

        private void link(Path link, Path target) throws IOException {
            Files.createDirectories(link.getParent());
            try {
                Files.createSymbolicLink(link, target);
            } catch (UnsupportedOperationException | IOException e) {
                Assumptions.abort("this file system cannot make symbolic links: " + e);
            }
        }
    }

    private static String hugeBody() {
        StringBuilder body = new StringBuilder(3_200_000);
        String sentence = "The council met again tonight and, after a long debate about the library's hours, "
                + "agreed to keep the reading room open past midnight during exams. ";
        for (int i = 1; i <= HUGE_PARAGRAPHS; i++) {
            body.append("Paragraph ").append(i).append(": ").append(sentence.repeat(3)).append("\n\n");
        }
        return body.toString();
    }

    /** A YAML double-quoted scalar's content. */
    private static String yaml(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static byte[] bom(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);
        return bytes;
    }

    private static void write(Path file, String text) throws IOException {
        writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(output.resolve(file).toFile(), "UTF-8");
    }

    private static Document feed() throws IOException {
        if (feed == null) {
            feed = Jsoup.parse(Files.readString(output.resolve("feed.xml")), "", Parser.xmlParser());
        }
        return feed;
    }
}
