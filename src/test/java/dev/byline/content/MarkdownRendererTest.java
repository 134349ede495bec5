package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.TocEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {

    private static final ImageSizes NO_IMAGES =
            new ImageSizes(ScannedStaticFiles.NONE, "/");

    private final MarkdownRenderer atRoot = new MarkdownRenderer("/", false, NO_IMAGES);
    private final MarkdownRenderer underOpinion = new MarkdownRenderer("/opinion/", false, NO_IMAGES);

    private static Document html(MarkdownRenderer renderer, String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html().value());
    }

    @Test
    void rawHtmlBlockIsEscapedByDefault() {
        String markdown = "<script>alert('x')</script>\n\nText.\n";
        Document doc = html(atRoot, markdown);

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.body().text()).contains("<script>alert('x')</script>");
        assertThat(atRoot.render(markdown).html().value()).contains("&lt;script&gt;");
    }

    @Test
    void inlineRawHtmlIsEscapedByDefault() {
        Document doc = html(atRoot, "Hello <img src=x onerror=alert(1)> <b>bold</b>\n");

        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.body().text()).contains("<b>bold</b>");
    }

    @Test
    void theFirstEscapedRawHtmlIsNotedWithItsLine() {
        RawHtml raw = atRoot.render("Intro.\n\nText with a<br>break.\n\n<iframe src=\"https://v.example/1\"></iframe>\n")
                .rawHtml();

        assertThat(raw).isEqualTo(new RawHtml("<br>", 3, 12));
        assertThat(atRoot.render("Intro.\n\n<DIV class=\"embed\">\n</div>\n").rawHtml())
                .isEqualTo(new RawHtml("<div>", 3, 1));
    }

    @Test
    void htmlInCodeOrAllowedHtmlIsNotNotedAsRawHtml() {
        String code = "Write `<br>` for a break.\n\n```html\n<iframe></iframe>\n```\n\n    <div>indented</div>\n";

        assertThat(atRoot.render(code).rawHtml()).isNull();
        assertThat(new MarkdownRenderer("/", true, NO_IMAGES).render("<iframe></iframe>\n").rawHtml()).isNull();
    }

    @Test
    void sectionsWrittenFromLevelThreeStartAtLevelTwoUnderTheHeadline() {
        MarkdownRenderer.Rendered rendered = atRoot.render("Intro.\n\n### The alpha\n\nA.\n\n#### Detail\n\nB.\n\n"
                + "### The beta\n\nC.\n");
        Document doc = Jsoup.parse(rendered.html().value());

        assertThat(doc.select("h2, h3, h4").eachAttr("id")).containsExactly("the-alpha", "detail", "the-beta");
        assertThat(doc.select("h2").eachText()).containsExactly("The alpha", "The beta");
        assertThat(doc.select("h3").eachText()).containsExactly("Detail");
        assertThat(rendered.headings()).extracting(TocEntry::text).containsExactly("The alpha", "Detail", "The beta");
    }

    @Test
    void noHeadingIsMoreThanOneLevelBelowTheOneBeforeIt() {
        Document doc = Jsoup.parse(atRoot.render("### First\n\n## Second\n\n###### Deep\n\n#### Less deep\n").html().value());

        assertThat(doc.select("h2, h3, h4, h5, h6").eachText()).containsExactly("First", "Second", "Deep", "Less deep");
        assertThat(doc.select("h2, h3, h4, h5, h6").stream().map(Element::tagName))
                .containsExactly("h2", "h2", "h3", "h3");
    }

    @Test
    void aLevelOneHeadingInTheBodyMovesDownSoTheHeadlineIsThePagesOnlyLevelOne() {
        Document doc = Jsoup.parse(atRoot.render("# Part one\n\n## A section\n\n###### Deepest\n").html().value());

        assertThat(doc.select("h1")).isEmpty();
        assertThat(doc.select("h2").text()).isEqualTo("Part one");
        assertThat(doc.select("h3").text()).isEqualTo("A section");
        assertThat(doc.select("h4").text()).as("one level below the one before it").isEqualTo("Deepest");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "https://webchat.freenode.net/?channels=##rust | https://webchat.freenode.net/?channels=#%23rust",
        "https://example.org?q=[a]^b | https://example.org?q=%5Ba%5D%5Eb",
        "http://[::1]:8080/x[1] | http://[::1]:8080/x%5B1%5D",
        "/search?tags[]=rust#top | /search?tags%5B%5D=rust#top",
        "https://example.org/a#b#c | https://example.org/a#b%23c",
        "/a[1]?u=http://e.com/b[2] | /a%5B1%5D?u=http://e.com/b%5B2%5D",
        "//cdn.example.org/x[1] | //cdn.example.org/x%5B1%5D"})
    void charactersAValidAddressMayNotHoldAreEncodedOutsideTheHost(String written, String href) {
        assertThat(html(atRoot, "[link](<" + written + ">)\n").select("a").attr("href")).isEqualTo(href);
    }

    @Test
    void htmlCommentsAreNotesThatNeitherShowNorWarnWhenRawHtmlIsText() {
        MarkdownRenderer.Rendered rendered = atRoot.render("<!-- note to the editor:\ncheck this figure -->\n\n"
                + "A claim <!-- source? --> stands.\n\n`<!-- code -->`\n");

        assertThat(rendered.html().value()).doesNotContain("editor").doesNotContain("source?").contains("&lt;!-- code --&gt;");
        assertThat(Jsoup.parse(rendered.html().value()).select("p").first().text()).isEqualTo("A claim stands.");
        assertThat(rendered.rawHtml()).isNull();
    }

    @Test
    void codeBlocksCanTakeTheFocusSoKeyboardUsersCanScrollThem() {
        Document doc = html(atRoot, "```\nfn main() { println!(\"a line longer than the column\"); }\n```\n\n"
                + "    indented code\n");

        assertThat(doc.select("pre").eachAttr("tabindex")).containsExactly("0", "0");
    }

    @Test
    void rawHtmlPassesThroughWhenAllowed() {
        MarkdownRenderer trusted = new MarkdownRenderer("/", true, NO_IMAGES);
        Document doc = html(trusted, "<aside class=\"pull\">Quote</aside>\n\nText with <kbd>Ctrl</kbd>.\n");

        assertThat(doc.select("aside.pull").text()).isEqualTo("Quote");
        assertThat(doc.select("kbd").text()).isEqualTo("Ctrl");
    }

    @Test
    void javascriptLinksAreRemoved() {
        Document doc = html(atRoot, "[click](javascript:alert(1)) and [again](JavaScript:alert(2))\n");

        assertThat(doc.select("a")).hasSize(2);
        for (Element link : doc.select("a")) {
            assertThat(link.attr("href").toLowerCase()).doesNotContain("javascript");
        }
        assertThat(doc.select("a").first().text()).isEqualTo("click");
    }

    @Test
    void dataImagesAndLinksAreRemoved() {
        Document doc = html(atRoot, "![pixel](data:image/png;base64,AAAA) [doc](data:text/html,<b>x</b>)\n");

        assertThat(doc.select("img").attr("src")).doesNotStartWith("data:");
        assertThat(doc.select("a").attr("href")).doesNotStartWith("data:");
        assertThat(doc.select("img").attr("alt")).isEqualTo("pixel");
    }

    @Test
    void webMailAndRelativeLinksAreKept() {
        Document doc = html(atRoot,
                "[a](https://example.org/x) [b](http://example.org/) [c](mailto:ed@example.org) [d](../other/) "
                        + "[e](#section)\n");

        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://example.org/x", "http://example.org/",
                "mailto:ed@example.org", "../other/", "#section");
    }

    @Test
    void rootRelativeLinksGetTheBasePath() {
        Document doc = html(underOpinion, "[about](/about/) ![cup](/images/cup.jpg)\n");

        assertThat(doc.select("a").attr("href")).isEqualTo("/opinion/about/");
        assertThat(doc.select("img").attr("src")).isEqualTo("/opinion/images/cup.jpg");
    }

    @Test
    void linksAlreadyUnderTheBasePathAreNotPrefixedTwice() {
        Document doc = html(underOpinion, "[x](/opinion/articles/x/)\n");

        assertThat(doc.select("a").attr("href")).isEqualTo("/opinion/articles/x/");
    }

    @Test
    void protocolRelativeAbsoluteAndRelativeLinksAreNotRewritten() {
        Document doc = html(underOpinion, "[a](//cdn.example.org/x) [b](https://example.org/y) [c](images/z.png)\n");

        assertThat(doc.select("a").eachAttr("href"))
                .containsExactly("//cdn.example.org/x", "https://example.org/y", "images/z.png");
    }

    @Test
    void rootRelativeLinksAreLeftAloneAtTheRoot() {
        Document doc = html(atRoot, "[about](/about/) ![cup](/images/cup.jpg)\n");

        assertThat(doc.select("a").attr("href")).isEqualTo("/about/");
        assertThat(doc.select("img").attr("src")).isEqualTo("/images/cup.jpg");
    }

    @Test
    void headingsGetIds() {
        Document doc = html(atRoot, "## What Comes Next\n\n### Why it matters\n");

        assertThat(doc.select("h2").attr("id")).isEqualTo("what-comes-next");
        assertThat(doc.select("h3").attr("id")).isEqualTo("why-it-matters");
    }

    @Test
    void gfmTablesAreRendered() {
        Document doc = html(atRoot, "| City | Lanes |\n|------|------:|\n| Oslo | 12 |\n| Lyon | 7 |\n");

        assertThat(doc.select("table thead th").eachText()).containsExactly("City", "Lanes");
        assertThat(doc.select("table tbody tr")).hasSize(2);
        assertThat(doc.select("table tbody tr").get(1).select("td").eachText()).containsExactly("Lyon", "7");
    }

    @Test
    void strikethroughIsRendered() {
        Document doc = html(atRoot, "It was ~~cheap~~ expensive.\n");

        assertThat(doc.select("del").text()).isEqualTo("cheap");
    }

    @Test
    void bareUrlsBecomeLinks() {
        Document doc = html(atRoot, "See https://example.org/report for details.\n");

        assertThat(doc.select("a").attr("href")).isEqualTo("https://example.org/report");
        assertThat(doc.select("a").text()).isEqualTo("https://example.org/report");
    }

    @Test
    void footnotesAreRendered() {
        Document doc = html(atRoot, "A claim.[^1]\n\n[^1]: The source.\n");

        Element reference = doc.selectFirst("sup a");
        assertThat(reference).isNotNull();
        String target = reference.attr("href");
        assertThat(target).startsWith("#");
        Element note = doc.getElementById(target.substring(1));
        assertThat(note).isNotNull();
        assertThat(note.text()).contains("The source.");
    }

    @Test
    void footnotesSectionIsLabelledSinceItHasNoHeading() {
        Document doc = html(atRoot, "A claim.[^1]\n\n[^1]: The source.\n");

        assertThat(doc.select("section.footnotes").attr("aria-label")).isEqualTo("Footnotes");
    }

    @Test
    void apostrophesAndHyphensDoNotSplitWords() {
        assertThat(atRoot.render("Russia’s high-level talks\n").words()).isEqualTo(3);
        assertThat(atRoot.render("Don't over-think it\n").words()).isEqualTo(3);
    }

    @Test
    void wordCountIncludesHeadingsListsAndCodeButNotMarkup() {
        String markdown = "# Two Words\n\n- one\n- **two** *three*\n\nRun `make all` now, [link text](https://x.org).\n";

        // Two Words (2) + one two three (3) + Run make all now link text (6)
        assertThat(atRoot.render(markdown).words()).isEqualTo(11);
    }

    @Test
    void emptyBodyHasNoWords() {
        MarkdownRenderer.Rendered rendered = atRoot.render("");

        assertThat(rendered.words()).isZero();
        assertThat(rendered.firstParagraph()).isEmpty();
        assertThat(rendered.html().value()).isEmpty();
    }

    @Test
    void firstParagraphIsThePlainTextOfTheFirstTopLevelParagraph() {
        String markdown = "# Heading\n\n> A quoted paragraph.\n\nThe *real* start\nof the piece, with `code`.\n\n"
                + "Second paragraph.\n";

        assertThat(atRoot.render(markdown).firstParagraph()).isEqualTo("The real start of the piece, with code.");
    }

    @Test
    void firstParagraphIsEmptyWhenThereIsNone() {
        assertThat(atRoot.render("# Only a heading\n\n- and a list\n").firstParagraph()).isEmpty();
    }
}
