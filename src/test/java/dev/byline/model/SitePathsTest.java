package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Position;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SitePathsTest {

    private static final ArticleDate DATE = new ArticleDate(ZonedDateTime.parse("2025-08-15T23:30:00-04:00"), true);

    @Test
    void pagesAreFoldersUnderTheirKind() {
        assertThat(SitePaths.article(Permalink.standard("content/site.yaml"), "not-instant-peace", DATE))
                .isEqualTo("articles/not-instant-peace/");
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
    void anArticleLivesWhereThePermalinkPatternSaysInTheZoneItsDateIsGivenIn() {
        Permalink dated = new Permalink("/:year/:month/:day/:slug/", Position.ofFile("content/site.yaml"));
        Permalink file = new Permalink("/news/:year/:title.html", Position.ofFile("content/site.yaml"));
        assertThat(SitePaths.article(dated, "peace", DATE)).isEqualTo("2025/08/15/peace/");
        assertThat(SitePaths.article(file, "peace", DATE)).isEqualTo("news/2025/peace.html");
    }

    @Test
    void whatAnArticleOrAnOldAddressMayNotTakeIsNamed() {
        assertThat(SitePaths.siteClash("tags/")).contains("the site's own folder /tags/");
        assertThat(SitePaths.siteClash("authors/x/")).contains("the site's own folder /authors/");
        assertThat(SitePaths.siteClash("articles/2025/")).contains("the archive's page /articles/2025/");
        assertThat(SitePaths.siteClash("index.html")).contains("the home page");
        assertThat(SitePaths.siteClash("feed.xml")).contains("the site's own file /feed.xml");
        assertThat(SitePaths.siteClash("articles/peace/")).isEmpty();
        assertThat(SitePaths.siteClash("2025/08/peace.html")).isEmpty();
    }

    @Test
    void themeAssetsAreUnderAssets() {
        assertThat(SitePaths.asset("style.css")).isEqualTo("assets/style.css");
    }
}
