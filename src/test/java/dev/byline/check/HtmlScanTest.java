package dev.byline.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class HtmlScanTest {

    @Test
    void linksAreReadFromTagsButNotFromCodeSamples() {
        String html = "<p><a href=\"/a/\">a</a> <img alt=\"x\" src='/b.png'></p>"
                + "<p><code>&lt;a href='/nowhere/'&gt;x&lt;/a&gt;</code></p>"
                + "<pre><code>href=\"/also-not/\"</code></pre><p>text href=\"/not-a-tag/\"</p>";

        assertThat(HtmlScan.links(html)).containsExactly("/a/", "/b.png");
    }

    @Test
    void fragmentsCanPointAtIdsAndOldStyleAnchorsButNotAtMetaNames() {
        String html = "<meta name=\"description\" content=\"x\"><h2 id=\"part\">P</h2><a name=\"old\"></a>"
                + "<div data-id=\"not-an-id\"></div>";

        assertThat(HtmlScan.ids(html)).containsExactlyInAnyOrder("part", "old");
    }

    @Test
    void metaElementsAreReadByPropertyOrNameTheFirstOfEachWinning() {
        String html = "<meta property=\"og:image\" content=\"https://example.org/a.png?x=1&amp;y=2\">"
                + "<meta property=\"og:image:width\" content=\"1200\"><meta name=\"twitter:card\" content=\"summary\">"
                + "<meta property=\"og:image\" content=\"https://example.org/second.png\">";

        assertThat(HtmlScan.meta(html)).containsOnly(entry("og:image", "https://example.org/a.png?x=1&y=2"),
                entry("og:image:width", "1200"), entry("twitter:card", "summary"));
    }
}
