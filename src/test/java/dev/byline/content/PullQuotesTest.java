package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PullQuotesTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer("/", false,
            new ImageSizes(ScannedStaticFiles.NONE, "/"));

    private String html(String markdown) {
        return renderer.render(markdown).html().value();
    }

    @Test
    void blockquoteStartingWithTheMarkerBecomesAPullQuoteWithoutIt() {
        assertThat(html("> {.pull} Students are not asking for a favour.\n"))
                .isEqualTo("<blockquote class=\"pull\">\n<p>Students are not asking for a favour.</p>\n"
                        + "</blockquote>\n");
    }

    @Test
    void markerAloneOnTheFirstLineTakesItsLineBreakWithIt() {
        assertThat(html("> {.pull}\n> Students are not asking\n> for a favour.\n"))
                .isEqualTo("<blockquote class=\"pull\">\n<p>Students are not asking\nfor a favour.</p>\n"
                        + "</blockquote>\n");
    }

    @Test
    void markerAsAParagraphOfItsOwnLeavesNoEmptyParagraph() {
        assertThat(html("> {.pull}\n>\n> A library, not a favour.\n"))
                .isEqualTo("<blockquote class=\"pull\">\n<p>A library, not a favour.</p>\n</blockquote>\n");
    }

    @Test
    void quoteKeepsItsFormattingAndGetsCurlyQuotes() {
        Document doc = Jsoup.parseBodyFragment(html("> {.pull} \"*Not* a favour -- a library.\"\n"));

        assertThat(doc.select("blockquote.pull em").text()).isEqualTo("Not");
        assertThat(doc.select("blockquote.pull").text()).isEqualTo("“Not a favour – a library.”");
    }

    @Test
    void blockquoteWithoutTheMarkerStaysPlain() {
        assertThat(html("> An ordinary quote.\n"))
                .isEqualTo("<blockquote>\n<p>An ordinary quote.</p>\n</blockquote>\n");
    }

    @Test
    void markerAnywhereButAtTheStartIsTheWritersText() {
        Document doc = Jsoup.parseBodyFragment(html("> Ends with {.pull}\n\n> {.pullout} is a word\n\n{.pull} Not a "
                + "quote.\n"));

        assertThat(doc.select("blockquote.pull")).isEmpty();
        assertThat(doc.select("blockquote").eachText()).containsExactly("Ends with {.pull}", "{.pullout} is a word");
        assertThat(doc.select("body > p").text()).isEqualTo("{.pull} Not a quote.");
    }

    @Test
    void onlyTheMarkedOneOfNestedQuotesBecomesAPullQuote() {
        Document doc = Jsoup.parseBodyFragment(html("> Outer.\n>\n> > {.pull} Inner.\n"));

        assertThat(doc.select("blockquote:not(.pull) > blockquote.pull").text()).isEqualTo("Inner.");
    }

    @Test
    void pullQuoteWordsAreCounted() {
        assertThat(renderer.render("One two.\n\n> {.pull} Three four.\n").words()).isEqualTo(4);
    }
}
