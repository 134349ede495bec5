package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.build.BuildResult;
import dev.byline.model.SitePaths;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code byline import} on two small sites made for it: a Jekyll one (YAML, _authors/, _data/authors.yml, a
 * category folder, a draft, published: false, a +0200 date, Liquid, redirect_from, pretty permalinks under a
 * baseurl) and a Hugo one (TOML, JSON and YAML front matter, a page bundle, shortcodes, aliases, section permalinks,
 * _index.md pages). Each has one post that cannot be imported.
 */
class ImportCommandTest {

    @TempDir
    static Path temp;
    static Path jekyll;
    static Path hugo;
    static CommandRun jekyllRun = new CommandRun();
    static CommandRun hugoRun = new CommandRun();
    static int jekyllCode;
    static int hugoCode;
    static Map<String, byte[]> jekyllBefore;

    @BeforeAll
    static void importBothSites() {
        jekyll = temp.resolve("jekyll");
        hugo = temp.resolve("hugo");
        jekyllBefore = TestSites.tree(fixture("jekyll"));
        jekyllCode = jekyllRun.run("import", "jekyll", fixture("jekyll").toString(), "--into", jekyll.toString());
        hugoCode = hugoRun.run("import", "hugo", fixture("hugo").toString(), "--into", hugo.toString());
    }

    private static Path fixture(String kind) {
        return TestSites.fixture("importer", kind + "-site");
    }

    private static String file(Path site, String path) {
        try {
            return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(path + " was not written", e);
        }
    }

    @Test
    void aPostThatCannotBeImportedIsNamedWithItsLineAndTheExitCodeIsOne() {
        assertThat(jekyllCode).isEqualTo(ExitCodes.SITE_ERRORS);
        assertThat(jekyllRun.err()).isEqualTo("_posts/2024-06-01-bad-date.md:3: error: date \"2024-13-45\" is not a "
                + "date Byline can read; write it as 2025-08-15, 2025-08-15T09:30 or 2025-08-15T09:30:00+02:00 and "
                + "import again" + System.lineSeparator());
        assertThat(hugoCode).isEqualTo(ExitCodes.SITE_ERRORS);
        assertThat(hugoRun.err()).startsWith("content/posts/undated.md:2: error: the post has no date");
    }

    @Test
    void theSummarySaysWhatWasImported() {
        assertThat(jekyllRun.out()).startsWith("Imported 4 posts of 5 from Jekyll (2 drafts), 3 authors, 3 files "
                + "copied" + System.lineSeparator() + "Template syntax: 6 converted, 1 left as written (listed in "
                + "import-report.txt)");
        assertThat(hugoRun.out()).startsWith("Imported 3 posts of 4 from Hugo (1 draft), 3 authors, 2 files copied");
    }

    @Test
    void theOldSiteIsLeftAsItWas() {
        Map<String, byte[]> after = TestSites.tree(fixture("jekyll"));
        assertThat(after.keySet()).isEqualTo(jekyllBefore.keySet());
        after.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(jekyllBefore.get(path)));
    }

    @Test
    void jekyllSettingsBecomeSiteYaml() {
        assertThat(file(jekyll, "content/site.yaml")).isEqualTo("""
                # Imported from Jekyll by byline import: see import-report.txt beside content/.
                title: "The Harbour Review"
                description: "Opinion from the waterfront."
                baseUrl: "https://review.example.org/opinion/"
                language: en-GB
                timezone: Europe/Berlin
                paginate: 5
                author: editors
                # Jekyll showed HTML written in posts; so does this site
                allowRawHtml: true
                """);
    }

    @Test
    void aJekyllPostKeepsItsOffsetTakesCategoriesAsTagsAndHasItsLiquidConverted() {
        assertThat(file(jekyll, "content/articles/harbour-tolls.md")).isEqualTo("""
                ---
                title: "Harbour tolls are a tax on the poor"
                date: 2024-03-01T00:30:00+02:00
                author: jane
                description: "Why the new tolls hit the wrong people."
                tags: ["tolls", "ferries", "Economy", "Transport"]
                image: "/assets/harbour.svg"
                aliases: ["/economy/transport/2024/02/29/harbour-tolls/", "/tolls/", "/2024/tolls.html"]
                ---

                The council's chart says it plainly:

                ![Toll income by year](/assets/chart.svg)

                Read [the ferry piece](/articles/ferry-now/) first.

                ```python
                toll = fare * 1.2
                ```

                Our templates say {{ page.title }}.

                `{{ inline code }}` stays as written.

                {% include newsletter.html %}
                """);
    }

    @Test
    void unpublishedPostsAndDraftsAreDraftsAndAFreeTextAuthorGetsAnEntry() {
        assertThat(file(jekyll, "content/articles/ferry-now.md")).startsWith("""
                ---
                title: "The night ferry must stay"
                date: 2024-04-02
                author: sam-reed
                draft: true
                aliases: ["/ferry-now/"]
                ---
                """);
        assertThat(file(jekyll, "content/articles/quay-lights.md")).contains("date: 2024-07-01\n", "draft: true\n");
        assertThat(file(jekyll, "content/authors/sam-reed.yaml")).isEqualTo("name: \"Sam Reed\"\n");
    }

    @Test
    void aCategoryFolderIsATagAndLinksToOldAddressesPointAtTheNewOnes() {
        assertThat(file(jekyll, "content/articles/port-news.md")).isEqualTo("""
                ---
                title: "Port news in brief"
                date: 2024-05-10
                tags: ["news", "Local"]
                aliases: ["/news/local/2024/05/10/port-news/"]
                ---

                As we argued in [the tolls piece](/articles/harbour-tolls/), the port belongs to all of us.

                Earlier: [ferry](/articles/ferry-now/) and [tolls](/articles/harbour-tolls/#why).

                And the [ferry][f].

                [f]: /articles/ferry-now/
                """);
    }

    @Test
    void authorsFromAuthorsFilesAndTheDataFileWithTheirPictures() {
        assertThat(file(jekyll, "content/authors/jane.yaml")).isEqualTo("""
                name: "Jane Okafor"
                bio: "Jane Okafor writes about ports and the people who work in them."
                avatar: "/assets/jane.svg"
                links:
                  Twitter: "https://twitter.com/janeok"
                """);
        assertThat(file(jekyll, "content/authors/editors.yaml")).isEqualTo("""
                name: "The Editors"
                bio: "The opinion desk of the Harbour Review."
                """);
        assertThat(TestSites.tree(jekyll.resolve("content/static")).keySet())
                .containsExactly("assets/chart.svg", "assets/harbour.svg", "assets/jane.svg");
    }

    @Test
    void theReportListsWhatWasLeftAndEveryOldAddress() {
        assertThat(file(jekyll, "import-report.txt")).contains("""
                Template syntax left as written: the page shows it as text until you edit it:
                  content/articles/harbour-tolls.md:25: {% include newsletter.html %} \
                (_posts/2024-03-01-harbour-tolls.md:29)
                """, """
                  /articles/quay-lights/\t/opinion/2024/07/01/quay-lights/
                  /articles/harbour-tolls/\t/opinion/economy/transport/2024/02/29/harbour-tolls/\t/opinion/tolls/\t\
                /opinion/2024/tolls.html
                  /articles/ferry-now/\t/opinion/ferry-now/
                  /articles/port-news/\t/opinion/news/local/2024/05/10/port-news/
                """);
    }

    @Test
    void hugoSettingsBecomeSiteYaml() {
        assertThat(file(hugo, "content/site.yaml")).isEqualTo("""
                # Imported from Hugo by byline import: see import-report.txt beside content/.
                title: "Morning Ledger"
                baseUrl: "https://news.example.org/"
                language: en-us
                timezone: America/New_York
                paginate: 8
                # the old site's addresses of its posts
                permalink: "/:year/:month/:slug/"
                author: staff
                """);
    }

    @Test
    void aTomlPostWithShortcodesTakesItsSlugSummaryAndCategories() {
        assertThat(file(hugo, "content/articles/bridge-vote.md")).isEqualTo("""
                ---
                title: "Vote no on the bridge bond"
                date: 2024-02-03T08:00:00-05:00
                author: ana
                description: "The bond costs more than the bridge."
                tags: ["bridges", "budget", "City"]
                aliases: ["/old/bridge/", "/posts/bridge-old"]
                ---

                Watch the hearing: [Watch the video on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

                See also [the parking post](/2024/02/parking-minimums-must-go/).

                {{< tweet user="ledger" id="123" >}}

                ```toml
                x = "{{< not-a-shortcode >}}"
                ```
                """);
    }

    @Test
    void aJsonDraftTakesTheFirstOfItsImagesAndANameAsItsAuthor() {
        assertThat(file(hugo, "content/articles/parking-minimums-must-go.md")).isEqualTo("""
                ---
                title: "Parking minimums must go"
                date: 2024-02-05
                author: ben-cho
                description: "Free parking is not free."
                draft: true
                image: "/img/ledger.svg"
                ---

                Parking is the city's biggest land use. [See the code on GitHub](https://gist.github.com/ledger/42)
                """);
    }

    @Test
    void aPageBundlesFilesKeepTheirOldAddressAndTheBodyPointsAtThem() {
        assertThat(file(hugo, "content/articles/the-harbour-at-night.md")).isEqualTo("""
                ---
                title: "The harbour at night"
                date: 2024-03-01T00:30:00+02:00
                author: ana
                image: "/2024/03/the-harbour-at-night/chart.svg"
                aliases: ["/2024/03/the-harbour-at-night/"]
                ---

                ![Ships by hour](/2024/03/the-harbour-at-night/chart.svg)

                *Ships in the harbour, by hour*

                ```go
                fmt.Println("ships")
                ```

                The [chart](/2024/03/the-harbour-at-night/chart.svg) again.
                """);
        assertThat(TestSites.tree(hugo.resolve("content/static")).keySet())
                .containsExactly("2024/03/the-harbour-at-night/chart.svg", "img/ledger.svg");
    }

    @Test
    void sectionPagesAndTopPagesAreListedNotImportedAndAliasesAreKept() {
        assertThat(file(hugo, "import-report.txt")).contains("""
                Pages of the old site that are not posts, not imported:
                  content/_index.md (a section's page)
                  content/about.md (a page at the top of content/ with no date, not a post)
                  content/posts/_index.md (a section's page)
                  content/posts/latest.md (no title and no date: a template's page)
                """, """
                  /2024/02/bridge-vote/\t/2024/02/bridge-vote/\t/old/bridge/\t/posts/bridge-old
                  /2024/02/the-harbour-at-night/\t/2024/03/the-harbour-at-night/
                  /2024/02/parking-minimums-must-go/\t/2024/02/parking-minimums-must-go/
                """);
        assertThat(TestSites.tree(hugo.resolve("content/articles")).keySet())
                .containsExactly("bridge-vote.md", "parking-minimums-must-go.md", "the-harbour-at-night.md");
        assertThat(file(hugo, "content/authors/ana.yaml")).isEqualTo("""
                name: "Ana Ruiz"
                bio: "Ana Ruiz covers the city council."
                links:
                  Website: "https://ana.example.net/"
                """);
    }

    @Test
    void bothImportedSitesBuildWithoutErrors() {
        for (Path site : new Path[] {jekyll, hugo}) {
            BuildResult result = TestSites.build(TestSites.request(site, TestSites.theme(), site.resolve("out")));
            assertThat(result.succeeded()).as(site.toString()).isTrue();
            assertThat(result.diagnostics().stream().filter(d -> d.isError())).as(site.toString()).isEmpty();
        }
    }

    @Test
    void everyOldAddressOfAPublishedPostAnswersInTheBuiltSiteAsItsPageOrARedirectToIt() throws IOException {
        for (Path site : new Path[] {jekyll, hugo}) {
            Path out = site.resolve("answers");
            BuildResult result = TestSites.build(TestSites.request(site, TestSites.theme(), out));
            assertThat(result.succeeded()).as(site.toString()).isTrue();
            String basePath = site == jekyll ? "/opinion" : "";
            for (String line : file(site, "import-report.txt").split("\n")) {
                String[] paths = line.strip().split("\t");
                if (!line.startsWith("  /") || paths.length < 2 || !Files.exists(out.resolve(SitePaths.file(
                        paths[0].substring(1))))) {
                    continue; // not an address line, or a draft's
                }
                for (int i = 1; i < paths.length; i++) {
                    String path = paths[i].substring(basePath.length() + 1);
                    Path answer = out.resolve(SitePaths.file(path.endsWith("/") || path.endsWith(".html") ? path
                            : path + "/"));
                    assertThat(answer).as(paths[i]).exists();
                    assertThat(Files.readString(answer)).as(paths[i]).contains(paths[0].equals(paths[i]) ? "<article"
                            : "url=" + basePath + paths[0]);
                }
            }
        }
        assertThat(file(hugo, "answers/2024/02/bridge-vote/index.html")).contains("Vote no on the bridge bond");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedWithExitTwo() throws IOException {
        Path used = Files.createDirectories(temp.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        CommandRun byline = new CommandRun();

        assertThat(byline.run("import", "hugo", fixture("hugo").toString(), "--into", used.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(byline.err()).isEqualTo("byline: " + used + " is not empty; give import a new or empty folder, "
                + "so that nothing is overwritten" + System.lineSeparator());
        assertThat(TestSites.tree(used).keySet()).containsExactly("notes.txt");
    }

    @Test
    void aFolderOfAnotherGeneratorOrNoneIsAUsageError() {
        CommandRun wrong = new CommandRun();
        assertThat(wrong.run("import", "hugo", fixture("jekyll").toString(), "--into", temp.resolve("a").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("is not a Hugo site: it has no hugo.toml");

        CommandRun missing = new CommandRun();
        assertThat(missing.run("import", "jekyll", temp.resolve("nowhere").toString(), "--into",
                temp.resolve("b").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nowhere is not a folder");
        assertThat(temp.resolve("a")).doesNotExist();
    }

    @Test
    void theNewFolderMayNotBeInsideTheOldSite() {
        CommandRun inside = new CommandRun();
        assertThat(inside.run("import", "jekyll", fixture("jekyll").toString(), "--into",
                fixture("jekyll").resolve("new").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(inside.err()).contains("which import never changes");
    }

    @Test
    void aSiteWhosePostsAllImportExitsZero() throws IOException {
        Path site = temp.resolve("clean");
        TestSites.copyTree(fixture("hugo"), site);
        Files.delete(site.resolve("content/posts/undated.md"));
        CommandRun byline = new CommandRun();

        assertThat(byline.run("import", "hugo", site.toString(), "--into", temp.resolve("clean-new").toString()))
                .isZero();
        assertThat(byline.err()).isEmpty();
        assertThat(byline.out()).contains("Every post was imported.");
    }

    @Test
    void aSiteThatGivesNoAddressGetsTheExampleOneAndANoteSaysSo() throws IOException {
        Path site = temp.resolve("no-address");
        TestSites.copyTree(fixture("hugo"), site);
        Files.writeString(site.resolve("hugo.toml"), "title = \"Morning Ledger\"\n");
        Path into = temp.resolve("no-address-new");

        new CommandRun().run("import", "hugo", site.toString(), "--into", into.toString());

        assertThat(file(into, "content/site.yaml")).contains("baseUrl: \"https://example.org/\"\n");
        assertThat(file(into, "import-report.txt")).contains("content/site.yaml: warning: the old settings give no "
                + "address: baseUrl is https://example.org/; put the site's own there");
    }
}
