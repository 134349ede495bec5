package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.TocEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smart punctuation, heading ids for tables of contents, and image sizes, through {@link MarkdownRenderer}. */
class MarkdownRendererEdgeCasesTest {

    private static final ImageSizes NO_IMAGES = new ImageSizes(ScannedStaticFiles.NONE, "/");

    private final MarkdownRenderer renderer = new MarkdownRenderer("/", false, NO_IMAGES);

    private static ImageSizes imagesIn(Path contentDir, String basePath) {
        return new ImageSizes(ScannedStaticFiles.in(contentDir), basePath);
    }

    private Document html(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html().value());
    }

    /** The text of the first paragraph as the reader sees it. */
    private String paragraph(String markdown) {
        return html(markdown).selectFirst("p").text();
    }

    @Nested
    class SmartPunctuation {

        @Test
        void doubleQuotesAreCurled() {
            assertThat(paragraph("He called it \"progress\" again.\n")).isEqualTo("He called it “progress” again.");
        }

        @Test
        void singleQuotesAreCurled() {
            assertThat(paragraph("She said 'not yet' twice.\n")).isEqualTo("She said ‘not yet’ twice.");
        }

        @Test
        void apostrophesBecomeRightSingleQuotes() {
            assertThat(paragraph("It's the students' turn, isn't it?\n"))
                    .isEqualTo("It’s the students’ turn, isn’t it?");
        }

        @Test
        void quotesAtTheStartAndEndOfAParagraphOpenAndClose() {
            assertThat(paragraph("\"Enough.\"\n")).isEqualTo("“Enough.”");
        }

        @Test
        void quotesAroundEmphasisLookAcrossTheEmphasis() {
            Document doc = html("It was \"*really*\" late.\n");

            assertThat(doc.selectFirst("p").text()).isEqualTo("It was “really” late.");
            assertThat(doc.selectFirst("p").html()).isEqualTo("It was “<em>really</em>” late.");
        }

        @Test
        void quotesInsideEmphasisAreCurled() {
            assertThat(paragraph("A **\"bold\"** claim.\n")).isEqualTo("A “bold” claim.");
        }

        @Test
        void quotesInsideBracketsOpen() {
            assertThat(paragraph("(\"aside\") and [\"note\"]\n")).isEqualTo("(“aside”) and [“note”]");
        }

        @Test
        void doubleHyphenBecomesAnEnDash() {
            assertThat(paragraph("Pages 10--20.\n")).isEqualTo("Pages 10–20.");
        }

        @Test
        void tripleHyphenBecomesAnEmDash() {
            assertThat(paragraph("Wait---what?\n")).isEqualTo("Wait—what?");
        }

        @Test
        void threeDotsBecomeAnEllipsis() {
            assertThat(paragraph("And then...\n")).isEqualTo("And then…");
        }

        @Test
        void quoteAfterADashOpens() {
            assertThat(paragraph("A pause---\"really\".\n")).isEqualTo("A pause—“really”.");
        }

        @Test
        void singleHyphensAreLeftAlone() {
            assertThat(paragraph("A high-level, well-known fact.\n")).isEqualTo("A high-level, well-known fact.");
        }

        @Test
        void inlineCodeIsNotChanged() {
            Document doc = html("Run `say \"hi\" -- it's ... fine` now.\n");

            assertThat(doc.selectFirst("code").text()).isEqualTo("say \"hi\" -- it's ... fine");
        }

        @Test
        void apostropheAfterInlineCodeCloses() {
            assertThat(paragraph("The `main`'s job.\n")).isEqualTo("The main’s job.");
        }

        @Test
        void fencedCodeBlocksAreNotChanged() {
            Document doc = html("```\nx = \"y\" -- 'z' --- w...\n```\n");

            assertThat(doc.selectFirst("pre code").wholeText()).isEqualTo("x = \"y\" -- 'z' --- w...\n");
        }

        @Test
        void indentedCodeBlocksAreNotChanged() {
            Document doc = html("Text.\n\n    it's \"code\" -- ...\n");

            assertThat(doc.selectFirst("pre code").wholeText()).isEqualTo("it's \"code\" -- ...\n");
        }

        @Test
        void autolinkedUrlsKeepTheirCharactersInTextAndTarget() {
            Document doc = html("See https://example.org/a--b...c for more...\n");
            Element link = doc.selectFirst("a");

            assertThat(link.attr("href")).isEqualTo("https://example.org/a--b...c");
            assertThat(link.text()).isEqualTo("https://example.org/a--b...c");
            assertThat(doc.selectFirst("p").text()).endsWith("for more…");
        }

        @Test
        void angleBracketAutolinksKeepTheirCharacters() {
            Element link = html("<https://example.org/it's--here>\n").selectFirst("a");

            assertThat(link.text()).isEqualTo("https://example.org/it's--here");
        }

        @Test
        void linkTextIsCurledButItsTargetIsNot() {
            Element link = html("[it's \"here\"](https://example.org/a--b)\n").selectFirst("a");

            assertThat(link.text()).isEqualTo("it’s “here”");
            assertThat(link.attr("href")).isEqualTo("https://example.org/a--b");
        }

        @Test
        void quotesAtTheStartOfAListItemOpen() {
            Document doc = html("- one \"a\n- \"Second\" item\n- 'Third' item\n");

            assertThat(doc.select("li").eachText())
                    .containsExactly("one “a", "“Second” item", "‘Third’ item");
        }

        @Test
        void quotesAtTheStartOfAHeadingOpen() {
            Document doc = html("Before \"x\n\n## \"Why\" it matters\n");

            assertThat(doc.selectFirst("h2").text()).isEqualTo("“Why” it matters");
        }

        @Test
        void quotesAtTheStartOfANewParagraphOpenWhateverEndedThePreviousOne() {
            Document doc = html("The end\"\n\n\"New\" start.\n");

            assertThat(doc.select("p").eachText()).containsExactly("The end”", "“New” start.");
        }

        @Test
        void quoteAfterALineBreakOpens() {
            assertThat(paragraph("first line\n\"second\" line\n")).isEqualTo("first line “second” line");
        }

        @Test
        void quotesInTableCellsStartAfresh() {
            Document doc = html("| a | b |\n|---|---|\n| x\" | \"y\" |\n");

            assertThat(doc.select("td").eachText()).containsExactly("x”", "“y”");
        }

        @Test
        void quotesInImageAltTextAreCurled() {
            Element image = html("![A \"cup\"](https://example.org/cup.png)\n").selectFirst("img");

            assertThat(image.attr("alt")).isEqualTo("A “cup”");
            assertThat(image.attr("src")).isEqualTo("https://example.org/cup.png");
        }

        @Test
        void quoteRightAfterAnOpeningQuoteOpens() {
            assertThat(paragraph("\"'Hello,' she said.\"\n")).isEqualTo("“‘Hello,’ she said.”");
        }
    }

    @Nested
    class Headings {

        @Test
        void onlyLevelTwoAndThreeHeadingsAreListed() {
            MarkdownRenderer.Rendered rendered = renderer.render(
                    "## Section\n\n### Subsection\n\n#### Detail\n\n##### Deeper\n\n## Another\n");

            assertThat(rendered.headings()).containsExactly(
                    new TocEntry(2, "section", "Section"),
                    new TocEntry(3, "subsection", "Subsection"),
                    new TocEntry(2, "another", "Another"));
        }

        @Test
        void headingIdsAreTheIdsInTheHtml() {
            MarkdownRenderer.Rendered rendered = renderer.render(
                    "## Why it *matters*\n\nText.\n\n### The `main` point\n\n## \"Quoted\" it's --- done\n");
            Document doc = Jsoup.parseBodyFragment(rendered.html().value());

            List<String> htmlIds = doc.select("h2, h3").eachAttr("id");
            assertThat(rendered.headings()).extracting(TocEntry::id).containsExactlyElementsOf(htmlIds);
            assertThat(htmlIds).doesNotContain("").doesNotHaveDuplicates();
        }

        @Test
        void headingTextIsThePlainTextWithSmartPunctuation() {
            MarkdownRenderer.Rendered rendered = renderer.render("## Why it *matters* -- \"now\"\n");

            assertThat(rendered.headings()).extracting(TocEntry::text).containsExactly("Why it matters – “now”");
        }

        @Test
        void duplicateHeadingsGetDistinctIds() {
            MarkdownRenderer.Rendered rendered = renderer.render("## Why\n\n## Why\n\n### Why\n");
            Document doc = Jsoup.parseBodyFragment(rendered.html().value());

            assertThat(rendered.headings()).extracting(TocEntry::id).doesNotHaveDuplicates()
                    .containsExactlyElementsOf(doc.select("h2, h3").eachAttr("id"));
        }

        @Test
        void idsStayInStepWithTheHtmlWhenUnlistedHeadingsShareTheText() {
            MarkdownRenderer.Rendered rendered = renderer.render("# Why\n\n## Why\n\n#### Why\n\n### Why\n");
            Document doc = Jsoup.parseBodyFragment(rendered.html().value());

            assertThat(rendered.headings()).extracting(TocEntry::id)
                    .containsExactly(doc.selectFirst("h2").id(), doc.selectFirst("h3").id());
            assertThat(doc.select("h1, h2, h3, h4").eachAttr("id")).doesNotHaveDuplicates();
        }

        @Test
        void aBodyWithoutHeadingsHasNone() {
            assertThat(renderer.render("Just text.\n").headings()).isEmpty();
        }

        @Test
        void renderingTwiceGivesTheSameIds() {
            String markdown = "## Why\n\n## Why\n";

            assertThat(renderer.render(markdown).html().value()).isEqualTo(renderer.render(markdown).html().value());
            assertThat(renderer.render(markdown).headings()).isEqualTo(renderer.render(markdown).headings());
        }
    }

    @Nested
    class ImageDimensions {

        @TempDir
        Path contentDir;

        private void png(String sitePath, int width, int height) throws IOException {
            TestImages.png(contentDir.resolve("static").resolve(sitePath), width, height);
        }

        @Test
        void rootRelativeImageInTheStaticFolderGetsWidthAndHeight() throws IOException {
            png("images/cup.png", 40, 30);
            MarkdownRenderer withImages = new MarkdownRenderer("/", false, imagesIn(contentDir, "/"));

            Element image = Jsoup.parseBodyFragment(withImages.render("![A cup](/images/cup.png)\n").html().value())
                    .selectFirst("img");

            assertThat(image.attr("src")).isEqualTo("/images/cup.png");
            assertThat(image.attr("width")).isEqualTo("40");
            assertThat(image.attr("height")).isEqualTo("30");
        }

        @Test
        void imageUnderABasePathGetsWidthAndHeight() throws IOException {
            png("images/cup.png", 40, 30);
            MarkdownRenderer underOpinion = new MarkdownRenderer("/opinion/", false,
                    imagesIn(contentDir, "/opinion/"));

            Element image = Jsoup.parseBodyFragment(underOpinion.render("![A cup](/images/cup.png)\n").html().value())
                    .selectFirst("img");

            assertThat(image.attr("src")).isEqualTo("/opinion/images/cup.png");
            assertThat(image.attr("width")).isEqualTo("40");
            assertThat(image.attr("height")).isEqualTo("30");
        }

        @Test
        void missingAndRemoteImagesGetNoSize() throws IOException {
            png("images/cup.png", 40, 30);
            MarkdownRenderer withImages = new MarkdownRenderer("/", false, imagesIn(contentDir, "/"));

            Document doc = Jsoup.parseBodyFragment(withImages.render(
                    "![a](/images/missing.png) ![b](https://example.org/images/cup.png) ![c](images/cup.png)\n")
                    .html().value());

            assertThat(doc.select("img")).hasSize(3);
            assertThat(doc.select("img[width], img[height]")).isEmpty();
        }

        @Test
        void linksToImagesGetNoSize() throws IOException {
            png("images/cup.png", 40, 30);
            MarkdownRenderer withImages = new MarkdownRenderer("/", false, imagesIn(contentDir, "/"));

            Element link = Jsoup.parseBodyFragment(withImages.render("[cup](/images/cup.png)\n").html().value())
                    .selectFirst("a");

            assertThat(link.hasAttr("width")).isFalse();
        }
    }
}
