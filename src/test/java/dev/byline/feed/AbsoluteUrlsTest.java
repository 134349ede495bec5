package dev.byline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbsoluteUrlsTest {

    private static final String ORIGIN = "https://example.org";
    private static final String PAGE = "https://example.org/opinion/articles/a/";

    private static String absolute(String html) {
        return AbsoluteUrls.inHtml(html, ORIGIN, PAGE);
    }

    @Test
    void rootRelativeHrefGetsTheOrigin() {
        assertThat(absolute("<a href=\"/opinion/articles/b/\">b</a>"))
                .isEqualTo("<a href=\"https://example.org/opinion/articles/b/\">b</a>");
    }

    @Test
    void rootRelativeSrcGetsTheOrigin() {
        assertThat(absolute("<img src=\"/opinion/images/cup.png\" alt=\"\">"))
                .isEqualTo("<img src=\"https://example.org/opinion/images/cup.png\" alt=\"\">");
    }

    @Test
    void fragmentIsMadeAbsoluteAgainstThePage() {
        assertThat(absolute("<sup><a href=\"#fn-1\">1</a></sup>"))
                .isEqualTo("<sup><a href=\"https://example.org/opinion/articles/a/#fn-1\">1</a></sup>");
    }

    @Test
    void protocolRelativeUrlIsUntouched() {
        String html = "<img src=\"//cdn.example.net/a.png\">";

        assertThat(absolute(html)).isEqualTo(html);
    }

    @Test
    void absoluteUrlsAreUntouched() {
        String html = "<a href=\"https://other.example/x\">x</a> <a href=\"mailto:desk@example.org\">m</a>";

        assertThat(absolute(html)).isEqualTo(html);
    }

    @Test
    void everyLinkInTheHtmlIsRewritten() {
        String html = "<p><a href=\"/a/\">a</a> <a href=\"https://x.example/\">x</a> <img src=\"/b.png\"> "
                + "<a href=\"#c\">c</a></p>";

        assertThat(absolute(html)).isEqualTo("<p><a href=\"https://example.org/a/\">a</a> "
                + "<a href=\"https://x.example/\">x</a> <img src=\"https://example.org/b.png\"> "
                + "<a href=\"https://example.org/opinion/articles/a/#c\">c</a></p>");
    }

    @Test
    void linkTextThatLooksLikeAnAttributeIsUntouched() {
        String html = "<p><code>href=&quot;/x&quot;</code> and href = /y</p>";

        assertThat(absolute(html)).isEqualTo(html);
    }

    @Test
    void htmlWithoutLinksIsUnchanged() {
        assertThat(absolute("<p>No links.</p>")).isEqualTo("<p>No links.</p>");
    }
}
