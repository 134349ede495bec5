package dev.byline.importer.jekyll;

import static dev.byline.importer.TestPosts.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.importer.OldDate;
import dev.byline.importer.OldPost;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class JekyllUrlsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final OldDate DATE = OldDate.parse("2016-09-29 10:05:07", BERLIN).orElseThrow();
    private static final OldPost RUST = post("---\ntitle: x\n---\n", "2016-09-29", "Rust-1.12", List.of());

    @Test
    void theDefaultStyleIsDateWithTheFileNameKeptAsWrittenAndHtml() {
        assertThat(new JekyllUrls("", "").urlOf(RUST, DATE)).isEqualTo("/2016/09/29/Rust-1.12.html");
        assertThat(new JekyllUrls("date", "").urlOf(RUST, DATE)).isEqualTo("/2016/09/29/Rust-1.12.html");
    }

    @Test
    void builtInStylesPrettyOrdinalWeekdateAndNone() {
        assertThat(new JekyllUrls("pretty", "").urlOf(RUST, DATE)).isEqualTo("/2016/09/29/Rust-1.12/");
        assertThat(new JekyllUrls("ordinal", "").urlOf(RUST, DATE)).isEqualTo("/2016/273/Rust-1.12.html");
        assertThat(new JekyllUrls("weekdate", "").urlOf(RUST, DATE)).isEqualTo("/2016/W39/Thu/Rust-1.12.html");
        assertThat(new JekyllUrls("none", "").urlOf(RUST, DATE)).isEqualTo("/Rust-1.12.html");
    }

    @Test
    void categoriesFromFoldersAndFrontMatterAreLowerCasedInOrder() {
        OldPost post = post("---\ncategories: [Economy, Transport]\ncategory: economy\n---\n", "2016-09-29",
                "tolls", List.of("News"));

        assertThat(new JekyllUrls("", "").urlOf(post, DATE)).isEqualTo("/news/economy/transport/2016/09/29/tolls.html");
        assertThat(JekyllUrls.categories(post)).containsExactly("News", "Economy", "Transport", "economy");
    }

    @Test
    void aCategoriesTextIsSplitAtSpacesAsJekyllDoes() {
        OldPost post = post("---\ncategories: rust releases\n---\n", "2016-09-29", "x", List.of());

        assertThat(new JekyllUrls("/:categories/:title/", "").urlOf(post, DATE)).isEqualTo("/rust/releases/x/");
    }

    @Test
    void aPatternFillsEveryPlaceholderAndTheSlugPlaceholderIsLowerCased() {
        OldPost post = post("---\ntitle: x\n---\n", "2016-09-29", "Big News!", List.of());

        assertThat(new JekyllUrls("/:short_year/:i_month/:i_day/:hour:minute:second/:slug/", "").urlOf(post, DATE))
                .isEqualTo("/16/9/29/100507/big-news/");
        assertThat(new JekyllUrls("/:long_month/:short_month/:long_day/:title:output_ext", "").urlOf(post, DATE))
                .isEqualTo("/September/Sep/Thursday/Big-News!.html");
    }

    @Test
    void aPostsOwnPermalinkAndSlugWinAndTheBasePathComesFirst() {
        OldPost own = post("---\npermalink: /ferry-now/\n---\n", "2016-09-29", "ferry", List.of());
        OldPost slugged = post("---\nslug: night-ferry\n---\n", "2016-09-29", "ferry", List.of());

        assertThat(new JekyllUrls("pretty", "/opinion").urlOf(own, DATE)).isEqualTo("/opinion/ferry-now/");
        assertThat(new JekyllUrls("pretty", "/opinion").urlOf(slugged, DATE))
                .isEqualTo("/opinion/2016/09/29/night-ferry/");
    }

    @Test
    void theAddressIsMadeFromTheDateInTheSitesZoneAsJekyllConvertsAnOffset() {
        OldDate nearMidnight = OldDate.parse("2024-03-01 00:30:00 +0200", BERLIN).orElseThrow();

        assertThat(new JekyllUrls("", "").urlOf(RUST, nearMidnight)).isEqualTo("/2024/02/29/Rust-1.12.html");
    }

    @Test
    void redirectFromGivesTheOldAddressesUnderTheBasePath() {
        OldPost post = post("---\nredirect_from:\n  - /tolls/\n  - old.html\n---\n", "2016-09-29", "x", List.of());
        OldPost one = post("---\nredirect_from: /one/\n---\n", "2016-09-29", "x", List.of());

        assertThat(new JekyllUrls("", "/blog").aliasesOf(post)).containsExactly("/blog/tolls/", "/blog/old.html");
        assertThat(new JekyllUrls("", "").aliasesOf(one)).containsExactly("/one/");
    }
}
