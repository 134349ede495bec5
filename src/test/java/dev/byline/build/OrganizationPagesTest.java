package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden site's organization, The Gazette Board (members Ada Byron, who has a page, and Unused Author, who has
 * none), on its pieces, its page and the list of authors.
 */
class OrganizationPagesTest {

    @TempDir
    static Path temp;
    static Path output;

    @BeforeAll
    static void buildGoldenSite() {
        output = temp.resolve("site-out");
        BuildResult result = TestSites.build(TestSites.request(TestSites.fixture("sites", "golden"), TestSites.theme(),
                output));
        assertThat(result.succeeded()).isTrue();
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(output.resolve(file).toFile(), "UTF-8");
    }

    @Test
    void organizationSignsAPieceWithItsNameAloneAndItsLogo() throws IOException {
        Element byline = page("articles/the-clock-tower/index.html").selectFirst(".article-header .byline");

        assertThat(byline.text()).isEqualTo("The Gazette Board");
        assertThat(byline.select("img").eachAttr("alt")).as("the name beside it says who").containsExactly("");
        assertThat(page("articles/the-clock-tower/index.html").select(".article-header .tagline")).isEmpty();
    }

    @Test
    void organizationCoSigningWithAPersonNamesBothWithoutBy() throws IOException {
        Document page = page("articles/the-engine-shed/index.html");

        assertThat(page.selectFirst(".article-header .byline").text()).isEqualTo("The Gazette Board and Ada Byron");
        assertThat(page.selectFirst(".article-header .tagline").text())
                .isEqualTo("Ada Byron is the Gazette’s columnist on engines & numbers.");
        assertThat(page.select(".author-box h2").eachText()).containsExactly("The Gazette Board", "Ada Byron");
        assertThat(page.select(".author-box").first().select("p").first().text())
                .startsWith("The Gazette Board is the paper’s editorial voice");
        assertThat(page.selectFirst("script[type=application/ld+json]").data())
                .contains("\"author\":[{\"@type\":\"Organization\",\"name\":\"The Gazette Board\"");
    }

    @Test
    void organizationsPageShowsItsDescriptionMembersAndPiecesWithoutItsOwnName() throws IOException {
        Document page = page("authors/the-gazette-board/index.html");

        assertThat(page.selectFirst(".author-header .bio").text()).startsWith("The Gazette Board is the paper’s");
        assertThat(page.select(".member-list h3").eachText()).containsExactly("Ada Byron", "Unused Author");
        assertThat(page.select(".member-list h3 a").eachAttr("href")).containsExactly("/opinion/authors/ada-byron/");
        assertThat(page.select(".member-list .tagline").eachText()).containsExactly(
                "Ada Byron is the Gazette’s columnist on engines & numbers.",
                "Unused Author sits on the Gazette Board and writes nothing under their own name.");
        assertThat(page.select(".article-summary h3").eachText())
                .containsExactly("A Joint Note on the Engine Shed", "Fix the Clock Tower");
        assertThat(page.select(".article-summary .byline").eachText()).containsExactly("With Ada Byron");
        assertThat(page.selectFirst("script[type=application/ld+json]").data())
                .contains("\"mainEntity\":{\"@type\":\"Organization\"")
                .contains("\"member\":[{\"@type\":\"Person\",\"name\":\"Ada Byron\"");
    }

    @Test
    void coSignedPieceOnAPersonsPageNamesTheOrganizationAfterWith() throws IOException {
        assertThat(page("authors/ada-byron/index.html").select(".article-summary .byline").eachText())
                .containsExactly("With The Gazette Board");
        assertThat(page("authors/ada-byron/page/2/index.html").select(".article-summary .byline").eachText())
                .containsExactly("With Grace Hopper");
    }

    @Test
    void authorsDirectoryMarksTheOrganization() throws IOException {
        Document page = page("authors/index.html");

        assertThat(page.select(".author-list li.organization h2").eachText()).containsExactly("The Gazette Board");
        assertThat(page.selectFirst(".author-list li.organization .meta").text()).startsWith("Organization · ");
        assertThat(page.select(".author-list li:not(.organization) .author-kind")).isEmpty();
    }

    @Test
    void personWithoutAPageIsNotInTheDirectory() throws IOException {
        assertThat(page("authors/index.html").select(".author-list h2").eachText()).doesNotContain("Unused Author");
    }
}
