package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteConfigTest {

    private static SiteConfig site(String baseUrl) {
        return SiteConfigs.standard().withBaseUrl(baseUrl).build();
    }

    @Test
    void rootSiteHasBasePathSlash() {
        assertThat(site("https://example.org/").basePath()).isEqualTo("/");
    }

    @Test
    void subPathSiteHasItsPathAsBasePath() {
        assertThat(site("https://example.org/opinion/").basePath()).isEqualTo("/opinion/");
        assertThat(site("https://example.org/news/opinion/").basePath()).isEqualTo("/news/opinion/");
    }

    @Test
    void portDoesNotConfuseTheBasePath() {
        assertThat(site("http://localhost:8080/").basePath()).isEqualTo("/");
    }

    @Test
    void hrefPrefixesTheBasePath() {
        assertThat(site("https://example.org/").href("articles/x/")).isEqualTo("/articles/x/");
        assertThat(site("https://example.org/opinion/").href("articles/x/")).isEqualTo("/opinion/articles/x/");
        assertThat(site("https://example.org/opinion/").href("")).isEqualTo("/opinion/");
    }

    @Test
    void absoluteTurnsAnHrefIntoAFullUrl() {
        SiteConfig root = site("https://example.org/");
        SiteConfig opinion = site("https://example.org/opinion/");

        assertThat(root.absolute(root.href("articles/x/"))).isEqualTo("https://example.org/articles/x/");
        assertThat(opinion.absolute(opinion.href("articles/x/"))).isEqualTo("https://example.org/opinion/articles/x/");
        assertThat(opinion.absolute(opinion.href(""))).isEqualTo("https://example.org/opinion/");
    }

    @Test
    void assetLinksLiveUnderAssets() {
        assertThat(site("https://example.org/opinion/").asset("style.css")).isEqualTo("/opinion/assets/style.css");
    }

    @Test
    void theSitesListsAndFeedsAreLinkedUnderTheBasePath() {
        SiteConfig opinion = site("https://example.org/opinion/");

        assertThat(opinion.authorsUrl()).isEqualTo("/opinion/authors/");
        assertThat(opinion.tagsUrl()).isEqualTo("/opinion/tags/");
        assertThat(opinion.feedUrl()).isEqualTo("/opinion/feed.xml");
        assertThat(opinion.jsonFeedUrl()).isEqualTo("/opinion/feed.json");
    }
}
