package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void pagesAreFoldersUnderTheirKind() {
        assertThat(SitePaths.article("not-instant-peace")).isEqualTo("articles/not-instant-peace/");
        assertThat(SitePaths.author("andrew-wilson")).isEqualTo("authors/andrew-wilson/");
        assertThat(SitePaths.tag("ukraine")).isEqualTo("tags/ukraine/");
    }

    @Test
    void theArchiveIsTheArticlesFolderWithAPagePerYear() {
        assertThat(SitePaths.ARCHIVE).isEqualTo("articles/");
        assertThat(SitePaths.archiveYear(2025)).isEqualTo("articles/2025/");
        assertThat(SitePaths.isYear("2025")).isTrue();
        assertThat(SitePaths.isYear("2025-review")).isFalse();
        assertThat(SitePaths.isYear("202")).isFalse();
    }

    @Test
    void theReservedFirstPartsAreTheSitesOwnFolders() {
        assertThat(SitePaths.RESERVED).containsExactly("articles", "authors", "tags", "types", "columns",
                "corrections", "assets", "page");
    }

    @Test
    void firstListPageIsTheListItself() {
        assertThat(SitePaths.listPage("", 1)).isEmpty();
        assertThat(SitePaths.listPage("authors/x/", 1)).isEqualTo("authors/x/");
    }

    @Test
    void laterListPagesAreUnderPage() {
        assertThat(SitePaths.listPage("", 2)).isEqualTo("page/2/");
        assertThat(SitePaths.listPage("authors/x/", 2)).isEqualTo("authors/x/page/2/");
        assertThat(SitePaths.listPage("tags/ukraine/", 12)).isEqualTo("tags/ukraine/page/12/");
    }

    @Test
    void folderPathsAreServedByIndexHtml() {
        assertThat(SitePaths.file("")).isEqualTo("index.html");
        assertThat(SitePaths.file("articles/x/")).isEqualTo("articles/x/index.html");
        assertThat(SitePaths.file("page/2/")).isEqualTo("page/2/index.html");
    }

    @Test
    void filePathsAreServedAsThemselves() {
        assertThat(SitePaths.file(SitePaths.NOT_FOUND_FILE)).isEqualTo("404.html");
        assertThat(SitePaths.file("feed.xml")).isEqualTo("feed.xml");
    }

    @Test
    void feedsAreInTheFolderOfWhatTheyFollow() {
        assertThat(SitePaths.atomFeedIn("")).isEqualTo("feed.xml");
        assertThat(SitePaths.atomFeedIn(SitePaths.author("andrew-wilson"))).isEqualTo("authors/andrew-wilson/feed.xml");
        assertThat(SitePaths.atomFeedIn("/opinion/tags/ukraine/")).isEqualTo("/opinion/tags/ukraine/feed.xml");
    }

    @Test
    void aLongSitemapIsInNumberedParts() {
        assertThat(SitePaths.sitemapPart(1)).isEqualTo("sitemap-1.xml");
        assertThat(SitePaths.sitemapPart(12)).isEqualTo("sitemap-12.xml");
    }

    @Test
    void themeAssetsAreUnderAssets() {
        assertThat(SitePaths.asset("style.css")).isEqualTo("assets/style.css");
    }
}
