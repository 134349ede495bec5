package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawHtmlLinksTest {

    private final MarkdownRenderer trusting = new MarkdownRenderer("/", true,
            new ImageSizes(ScannedStaticFiles.NONE, "/"));

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href='JavaScript:alert(1)'>x</a>",
        "<a href=javascript:alert(1)>x</a>",
        "<a title=\"a > b\" href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A&#x61vascript:alert(1)\">x</a>",
        "<a href=\"java&Tab;script&colon;alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\" \u0001javascript:alert(1)\">x</a>",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
        "<form action=\"vbscript:msgbox(1)\"><button formaction=\"javascript:alert(1)\">Go</button></form>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<img srcset=\"/a.jpg 1x, javascript:alert(1) 2x\">",
        "<a title=\"href='\" href=\"javascript:alert(1)\" x='y'>click</a>",
        "<a data-x=\"a\" HREF = \"javascript:alert(1)\">x</a>",
    })
    void scriptAndDataUrlsInTrustedRawHtmlAreTakenOut(String html) {
        String page = trusting.render("Before.\n\n" + html + "\n\nAnd inline " + html + " too.\n").html().value();

        assertThat(page.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:text")
                .doesNotContain("&#106;").doesNotContain("&#x6a").doesNotContain("&colon;");
    }

    @Test
    void trustedRawHtmlOtherwiseKeepsItsMarkupAndSafeLinks() {
        String html = "<figure class=\"embed\"><a href=\"https://example.org/?a=1&amp;b=2\" data-href=\"x\" "
                + "title=\"javascript: the language\"><img src=\"/images/a.jpg\" alt=\"A\"></a></figure>";

        assertThat(RawHtmlLinks.withoutScriptUrls(html)).isEqualTo(html);
    }

    @Test
    void aSlashBetweenTheTagNameAndTheAttributeSeparatesThemAsInABrowser() {
        assertThat(RawHtmlLinks.withoutScriptUrls("<a/href=\"javascript:alert(1)\">x</a>")).isEqualTo("<a>x</a>");
    }

    @Test
    void theTextOfScriptsStylesAndCommentsIsLeftAsWritten() {
        String html = "<script>var i = new Image(); i.src = 'data:image/png;base64,AAAA';</script>\n"
                + "<style>.x { background: url(data:image/png;base64,AAAA); }</style>\n"
                + "<!-- <a href=\"javascript:old()\"> -->";

        assertThat(RawHtmlLinks.withoutScriptUrls(html)).isEqualTo(html);
    }

    @Test
    void onlyTheRefusedAttributeGoesTheRestOfTheTagStays() {
        assertThat(RawHtmlLinks.withoutScriptUrls("<a class=\"x\" href=\"javascript:void(0)\" id=\"y\">x</a>"))
                .isEqualTo("<a class=\"x\" id=\"y\">x</a>");
    }
}
