package dev.byline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "index.html                | text/html; charset=utf-8",
        "articles/a/index.html     | text/html; charset=utf-8",
        "old.htm                   | text/html; charset=utf-8",
        "assets/style.css          | text/css; charset=utf-8",
        "assets/app.js             | text/javascript; charset=utf-8",
        "data/search.json          | application/json; charset=utf-8",
        "sitemap.xml               | application/xml; charset=utf-8",
        "robots.txt                | text/plain; charset=utf-8",
        "images/logo.svg           | image/svg+xml; charset=utf-8",
        "images/x.png              | image/png",
        "images/x.jpg              | image/jpeg",
        "images/x.JPEG             | image/jpeg",
        "fonts/serif.woff2         | font/woff2",
        "favicon.ico               | image/x-icon",
    })
    void typeFollowsTheExtensionWithCharsetForText(String file, String type) {
        assertThat(ContentTypes.of(file)).isEqualTo(type);
    }

    @Test
    void feedsGetTheirOwnTypesWhereverTheyAre() {
        assertThat(ContentTypes.of("feed.xml")).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(ContentTypes.of("authors/ada/feed.xml")).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(ContentTypes.of("feed.json")).isEqualTo("application/feed+json; charset=utf-8");
        assertThat(ContentTypes.of("rss.xml")).isEqualTo("application/rss+xml; charset=utf-8");
    }

    @Test
    void unknownOrMissingExtensionIsOctetStream() {
        assertThat(ContentTypes.of("LICENSE")).isEqualTo("application/octet-stream");
        assertThat(ContentTypes.of("archive.tar.gz")).isEqualTo("application/octet-stream");
        assertThat(ContentTypes.of("v1.2/README")).isEqualTo("application/octet-stream");
    }

    @Test
    void onlyHtmlFilesArePages() {
        assertThat(ContentTypes.isHtml("index.html")).isTrue();
        assertThat(ContentTypes.isHtml("PAGE.HTM")).isTrue();
        assertThat(ContentTypes.isHtml("feed.xml")).isFalse();
        assertThat(ContentTypes.isHtml("images/logo.svg")).isFalse();
        assertThat(ContentTypes.isHtml("html")).isFalse();
    }
}
