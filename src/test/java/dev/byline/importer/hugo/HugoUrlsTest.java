package dev.byline.importer.hugo;

import static dev.byline.importer.TestPosts.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.importer.OldDate;
import dev.byline.importer.OldPost;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HugoUrlsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final OldDate DATE = OldDate.parse("2024-03-01T00:30:00+02:00", NEW_YORK).orElseThrow();
    private static final HugoUrls DEFAULTS = new HugoUrls(Map.of(), true, false, "");

    @Test
    void byDefaultAPageIsAtItsFoldersAndNameLowerCased() {
        OldPost post = post("---\ntitle: The Bridge\n---\n", "", "Bridge-Vote", List.of("posts"));

        assertThat(DEFAULTS.urlOf(post, DATE)).isEqualTo("/posts/bridge-vote/");
        assertThat(new HugoUrls(Map.of(), false, false, "").urlOf(post, DATE)).isEqualTo("/posts/Bridge-Vote/");
    }

    @Test
    void aSlugReplacesTheNameAndUglyUrlsEndInHtml() {
        OldPost post = post("+++\nslug = \"vote\"\n+++\n", "", "bridge", List.of("posts", "2024"));

        assertThat(DEFAULTS.urlOf(post, DATE)).isEqualTo("/posts/2024/vote/");
        assertThat(new HugoUrls(Map.of(), true, true, "/news").urlOf(post, DATE)).isEqualTo("/news/posts/2024/vote.html");
    }

    @Test
    void aSectionsPermalinkPatternUsesTheDateInItsOwnOffset() {
        HugoUrls urls = new HugoUrls(Map.of("posts", "/:year/:month/:day/:slug/", "notes", "/:section/:title/"),
                true, false, "");
        OldPost titled = post("---\ntitle: The Harbour at Night\n---\n", "", "harbour", List.of("posts"));
        OldPost note = post("---\ntitle: A Note\n---\n", "", "n", List.of("Notes"));

        assertThat(urls.urlOf(titled, DATE)).isEqualTo("/2024/03/01/the-harbour-at-night/");
        assertThat(urls.urlOf(note, DATE)).isEqualTo("/notes/a-note/");
    }

    @Test
    void filenameAndSlugOrFilenamePlaceholders() {
        HugoUrls urls = new HugoUrls(Map.of("posts", "/:yearday/:monthname/:weekdayname/:slugorfilename/:filename"),
                true, false, "");
        OldPost post = post("---\ntitle: x\n---\n", "", "bridge", List.of("posts"));

        assertThat(urls.urlOf(post, DATE)).isEqualTo("/61/march/friday/bridge/bridge");
    }

    @Test
    void aUrlOrZolasPathIsTheAddressAsWrittenAFolderWhenItHasNoExtension() {
        OldPost url = post("---\nurl: /Old/Place.html\n---\n", "", "x", List.of("posts"));
        OldPost path = post("+++\npath = \"2016/09/29/Rust-1.12\"\n+++\n", "", "x", List.of());

        assertThat(DEFAULTS.urlOf(url, DATE)).isEqualTo("/Old/Place.html");
        assertThat(new HugoUrls(Map.of(), true, false, "/blog").urlOf(path, DATE))
                .isEqualTo("/blog/2016/09/29/Rust-1.12/");
    }

    @Test
    void aliasesStartingWithASlashAreSitePathsOthersAreInThePagesSection() {
        OldPost post = post("---\naliases: [/old/bridge/, bridge-old]\n---\n", "", "x", List.of("posts"));
        OldPost zola = post("+++\npath = \"2016/x\"\naliases = [\"2016/x.html\"]\n+++\n", "", "x",
                List.of("inside-rust"));

        assertThat(DEFAULTS.aliasesOf(post)).containsExactly("/old/bridge/", "/posts/bridge-old");
        assertThat(DEFAULTS.aliasesOf(zola)).containsExactly("/2016/x.html");
    }
}
