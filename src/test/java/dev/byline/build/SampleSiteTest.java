package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.assemble.PublishingRules;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own sample site, built as {@code ./byline build} builds it, checked page by page. */
class SampleSiteTest {

    /** A copy of ../shared/seed/, the op-ed the project started from. */
    private static final Path SEED = TestSites.fixture("seed", "not-instant-peace-but-progress.txt");

    @TempDir
    static Path temp;
    static Path output;
    static BuildResult result;

    @BeforeAll
    static void buildSampleSite() {
        output = temp.resolve("site-out");
        Path root = TestSites.repositoryRoot();
        result = TestSites.build(new BuildRequest(root.resolve("content"), TestSites.theme(), output,
                TestSites.templateCache(), root, null, false, new PublishingRules(false, false, Instant.now())));
    }

    @Test
    void sampleSiteBuildsWithoutWarnings() {
        assertThat(TestSites.formatted(result.diagnostics())).isEmpty();
        assertThat(result.built().stats().articles()).isEqualTo(10);
        assertThat(result.built().stats().authors()).isEqualTo(8);
    }

    @Test
    void seedOpEdIsRenderedWordForWord() throws IOException {
        Document page = page("articles/not-instant-peace-but-progress/index.html");
        List<String> seed = seedLines();
        int bodyEnd = seed.size() - 3; // the seed ends with the author's name twice and the bio

        assertThat(page.selectFirst("h1").text()).isEqualTo(seed.get(0));
        List<String> rendered = new ArrayList<>();
        for (Element block : page.select(".article-body > p, .article-body > h2, .article-body > ul > li")) {
            rendered.add(block.text());
        }
        List<String> expected = seed.subList(3, bodyEnd).stream()
                .map(line -> line.startsWith("•") ? line.substring(1).strip() : line)
                .toList();
        assertThat(rendered).containsExactlyElementsOf(expected);
        assertThat(page.select(".article-body h2")).hasSize(4);
        assertThat(page.select(".article-body li > strong").eachText()).containsExactly(
                "Restoration of High-Level Dialogue:", "Signals to the World—And Each Other:",
                "Open Door for Next Steps:");
        assertThat(page.select(".author-box p:not(.tagline)").text()).isEqualTo(seed.get(seed.size() - 1));
    }

    @Test
    void seedOpEdShowsItsDateReadingTimeAndByline() throws IOException {
        Document page = page("articles/not-instant-peace-but-progress/index.html");

        Element time = page.selectFirst(".article-header time");
        assertThat(time.attr("datetime")).isEqualTo("2025-08-15");
        assertThat(time.text()).isEqualTo("August 15, 2025");
        assertThat(page.selectFirst(".article-header .meta").text()).contains("2 min read");
        Element byline = page.selectFirst(".article-header .byline a");
        assertThat(byline.text()).isEqualTo("Andrew Wilson");
        assertThat(byline.attr("href")).isEqualTo("../../authors/andrew-wilson/index.html");
        assertThat(page.selectFirst(".standfirst").text()).isNotBlank();
    }

    @Test
    void authorPageShowsTheBioAndTheirArticles() throws IOException {
        Document page = page("authors/andrew-wilson/index.html");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Andrew Wilson");
        assertThat(page.selectFirst(".bio").text()).startsWith("Andrew Wilson is a University of Pennsylvania student");
        assertThat(page.select(".article-summary h3 a").eachAttr("href"))
                .containsExactly("../../articles/not-instant-peace-but-progress/index.html");
    }

    @Test
    void coWrittenArticleIsListedOnBothAuthorsPages() throws IOException {
        String coWritten = "../../articles/keep-the-library-open-past-midnight/index.html";

        assertThat(page("authors/maren-okafor/index.html").select(".article-summary a").eachAttr("href"))
                .contains(coWritten);
        assertThat(page("authors/theo-lindqvist/index.html").select(".article-summary a").eachAttr("href"))
                .contains(coWritten);
        assertThat(page("articles/keep-the-library-open-past-midnight/index.html").select(".author-box"))
                .hasSize(2);
    }

    @Test
    void articleBylineShowsEachHeadshotWithTheNameAsItsAltText() throws IOException {
        Document page = page("articles/keep-the-library-open-past-midnight/index.html");

        List<Element> avatars = page.select(".article-header .byline img.byline-avatar");
        assertThat(avatars).extracting(img -> img.attr("alt")).containsExactly("Maren Okafor", "Theo Lindqvist");
        assertThat(avatars).extracting(img -> img.attr("src")).containsExactly(
                "../../images/maren-okafor.svg", "../../images/theo-lindqvist.svg");
        assertThat(avatars).allSatisfy(img -> assertThat(img.attr("width")).isEqualTo("40"));
        assertThat(page.selectFirst(".article-header .byline").text())
                .isEqualTo("By Maren Okafor and Theo Lindqvist");
        assertThat(page.select(".author-box img").eachAttr("alt")).containsExactly("", "");
    }

    @Test
    void bylineInAListHasNoHeadshots() throws IOException {
        assertThat(page("index.html").select(".byline img")).isEmpty();
    }

    @Test
    void taglinesFollowTheBylineAndOpenTheAuthorBox() throws IOException {
        Document page = page("articles/keep-the-library-open-past-midnight/index.html");

        assertThat(page.selectFirst(".article-header .byline + .tagline").text()).isEqualTo("Maren Okafor is a "
                + "senior studying urban planning. Theo Lindqvist is the Byline Review’s opinion editor.");
        assertThat(page.select(".author-box .tagline").eachText()).containsExactly(
                "Maren Okafor is a senior studying urban planning.",
                "Theo Lindqvist is the Byline Review’s opinion editor.");
    }

    @Test
    void inlineAuthorsTaglineIsShownToo() throws IOException {
        assertThat(page("articles/a-student-paper-is-not-a-luxury/index.html").selectFirst(".article-header .tagline")
                .text()).isEqualTo("Corin Ashdown is a former editor of the Millbrook Ledger.");
    }

    @Test
    void authorPageLeavesTheirOwnNameOutOfTheBylinesAndNamesCoAuthors() throws IOException {
        Document maren = page("authors/maren-okafor/index.html");

        assertThat(maren.select(".article-summary .byline").eachText()).containsExactly("With Theo Lindqvist");
        assertThat(maren.select(".article-summary")).hasSize(2);
        assertThat(maren.selectFirst(".author-header .tagline").text())
                .isEqualTo("Maren Okafor is a senior studying urban planning.");
        assertThat(page("authors/dalia-fenwick/index.html").select(".article-summary .byline")).isEmpty();
    }

    @Test
    void editorialIsSignedByTheBoardAloneAndCreditsTheOrganization() throws IOException {
        Document editorial = page("articles/the-trustees-should-decide-our-fees-in-public/index.html");

        assertThat(editorial.selectFirst(".article-header .kicker").text()).isEqualTo("Editorial");
        assertThat(editorial.selectFirst(".article-header .byline").text()).isEqualTo("The Editorial Board");
        assertThat(editorial.selectFirst("script[type=application/ld+json]").data())
                .contains("\"author\":[{\"@type\":\"Organization\",\"name\":\"The Editorial Board\"");
    }

    @Test
    void authorsDirectoryShowsTaglines() throws IOException {
        assertThat(page("authors/index.html").select(".author-list .tagline").eachText()).contains(
                "Maren Okafor is a senior studying urban planning.",
                "Corin Ashdown is a former editor of the Millbrook Ledger.");
    }

    @Test
    void editorialBoardsPageNamesItsMembers() throws IOException {
        assertThat(page("authors/editorial-board/index.html").select(".members a").eachText())
                .contains("Theo Lindqvist", "Maren Okafor", "Dalia Fenwick");
    }

    @Test
    void indexListsEveryArticleNewestFirst() throws IOException {
        List<String> dates = page("index.html").select(".article-summary time").eachAttr("datetime");

        assertThat(dates).hasSize(10);
        assertThat(dates).isSortedAccordingTo((a, b) -> b.substring(0, 10).compareTo(a.substring(0, 10)));
    }

    @Test
    void authorsAndTagPagesListTheirArticles() throws IOException {
        assertThat(page("authors/index.html").select(".author-list h2").eachText()).containsExactly(
                "Andrew Wilson", "Corin Ashdown", "Dalia Fenwick", "Ines Calloway", "Maren Okafor", "Samuel Achebe",
                "The Editorial Board", "Theo Lindqvist");
        assertThat(page("tags/campus/index.html").select(".article-summary")).hasSize(7);
        assertThat(page("tags/diplomacy/index.html").select(".article-summary h2").eachText())
                .containsExactly("Talking Is Not the Same as Progress",
                        "Not Instant Peace, But Progress: The Real Win of the Trump-Putin Summit");
        assertThat(Files.exists(output.resolve("404.html"))).isTrue();
    }

    @Test
    void indexLeadsWithTheNewestArticleThenListsTheRest() throws IOException {
        Document page = page("index.html");

        assertThat(page.select(".lead-story h2 a").text()).isEqualTo("A Student Paper Is Not a Luxury");
        assertThat(page.select(".lead-story img").attr("alt")).startsWith("Illustration of a newspaper");
        assertThat(page.select(".article-list .article-summary")).hasSize(9);
    }

    @Test
    void everyPageHasTheSiteNavigationAndAFooterWithFeedsAndCopyright() throws IOException {
        Document page = page("articles/bike-lanes-are-cheaper-than-parking/index.html");

        assertThat(page.select("nav[aria-label=Site] a").eachText())
                .containsExactly("Latest", "Archive", "Authors", "Tags", "Campus", "Letters", "About",
                        "Submit an Op-Ed");
        assertThat(page.select("nav[aria-label=Site] a").eachAttr("href")).containsExactly("../../index.html",
                "../../articles/index.html", "../../authors/index.html", "../../tags/index.html", "../../tags/campus/index.html",
                "../../types/letter/index.html", "../../about/index.html", "../../submit-an-op-ed/index.html");
        assertThat(page.select(".site-footer .feeds a").eachAttr("href"))
                .containsExactly("../../feed.xml", "../../feed.json", "../../rss.xml");
        assertThat(page.select(".site-footer .copyright").text()).isEqualTo("© 2025 The Byline Review");
    }

    @Test
    void everyPageOfContentPagesIsBuiltAtItsSlugInTheSitemapAndInNoFeed() throws IOException {
        List<String> pages = List.of("about", "submit-an-op-ed", "masthead", "corrections-policy", "ethics-policy");
        String sitemap = Files.readString(output.resolve("sitemap.xml"));
        String feed = Files.readString(output.resolve("feed.xml"));

        for (String slug : pages) {
            assertThat(page(slug + "/index.html").selectFirst("main h1").text()).as(slug).isNotBlank();
            assertThat(sitemap).contains("<loc>https://example.org/" + slug + "/</loc>");
            assertThat(feed).doesNotContain("https://example.org/" + slug + "/");
        }
        assertThat(page("index.html").select(".article-summary a").eachAttr("href"))
                .noneMatch(href -> pages.stream().anyMatch(href::contains));
        Document ethics = page("ethics-policy/index.html");
        assertThat(ethics.selectFirst("h1").text()).isEqualTo("Ethics Policy");
        assertThat(ethics.selectFirst(".standfirst").text()).startsWith("The standards the Byline Review holds");
        assertThat(ethics.select(".article-body h2").eachText()).contains("Facts", "Independence");
        assertThat(ethics.selectFirst(".page-updated time").attr("datetime")).isEqualTo("2025-09-01");
        assertThat(ethics.select(".article-body a[href]").eachAttr("href"))
                .containsExactly("../corrections-policy/index.html");
    }

    @Test
    void aNavPageIsMarkedAsTheCurrentPageOnItself() throws IOException {
        assertThat(page("about/index.html").select("[aria-current=page]").eachText()).containsExactly("About");
        assertThat(page("masthead/index.html").select("[aria-current]")).isEmpty();
    }

    @Test
    void theFooterLinksThePoliciesOfSiteYaml() throws IOException {
        Document page = page("articles/bike-lanes-are-cheaper-than-parking/index.html");

        assertThat(page.select(".site-footer .policies a").eachText()).containsExactly("Corrections policy",
                "Ethics policy", "Masthead", "Fact-checking policy", "Corrections");
        assertThat(page.select(".site-footer .policies a").eachAttr("href")).containsExactly(
                "../../corrections-policy/index.html", "../../ethics-policy/index.html", "../../masthead/index.html",
                "../../ethics-policy/index.html", "../../corrections/index.html");
    }

    @Test
    void theArchiveCountsEachYearAndMonthAndItsYearPageListsEveryPieceByMonth() throws IOException {
        Document archive = page("articles/index.html");
        Document year = page("articles/2025/index.html");

        assertThat(archive.select(".archive-years h2 a").eachAttr("href")).containsExactly("../articles/2025/index.html");
        assertThat(archive.select(".archive-months li").eachText()).containsExactly("November 1 article",
                "October 5 articles", "September 1 article", "August 3 articles");
        assertThat(archive.select(".archive-months a").first().attr("href")).isEqualTo("../articles/2025/index.html#2025-11");
        assertThat(year.select(".archive-month h2").eachText())
                .containsExactly("November 2025", "October 2025", "September 2025", "August 2025");
        assertThat(year.select(".archive-list li")).hasSize(10);
        assertThat(year.selectFirst("#2025-08 + .archive-list li:last-child").text()).isEqualTo("August 15, 2025 "
                + "Not Instant Peace, But Progress: The Real Win of the Trump-Putin Summit Andrew Wilson");
        assertThat(year.select(".archive-list .kicker").eachText())
                .contains("Editorial", "Transit Lines", "Letter to the Editor").doesNotContain("Opinion");
        assertThat(year.select("nav[aria-label=Years] [aria-current=page]").text()).isEqualTo("2025");
    }

    @Test
    void theIndexsLastPageAndTheNotFoundPageLinkTheArchive() throws IOException {
        assertThat(page("index.html").select(".archive-link a").attr("href")).isEqualTo("articles/index.html");
        assertThat(page("404.html").select("main a").eachText()).contains("look through the archive");
    }

    @Test
    void theCorrectionsPageListsEachCorrectionWithItsPieceThePolicyAndItsFeed() throws IOException {
        Document page = page("corrections/index.html");

        assertThat(page.select(".correction-list li")).hasSize(1);
        assertThat(page.selectFirst(".correction-list time").attr("datetime")).isEqualTo("2025-08-28");
        assertThat(page.selectFirst(".correction-text").text()).startsWith("An earlier version of this article gave");
        assertThat(page.selectFirst(".correction-article a").attr("href"))
                .isEqualTo("../articles/bike-lanes-are-cheaper-than-parking/index.html#correction-1");
        assertThat(page.selectFirst(".lede a").attr("href")).isEqualTo("../corrections-policy/index.html");
        assertThat(page.selectFirst("link[rel=alternate][href$=corrections/feed.xml]")).isNotNull();
        assertThat(page("articles/bike-lanes-are-cheaper-than-parking/index.html").select("#correction-1")).hasSize(1);
        assertThat(page("corrections-policy/index.html").select(".article-body a").eachAttr("href"))
                .contains("../corrections/index.html");
        assertThat(Files.readString(output.resolve("corrections/feed.xml")))
                .contains("<title>Correction: Bike Lanes Are Cheaper Than Parking</title>");
    }

    @Test
    void everyPagesPublisherIsANewsMediaOrganizationWithThePoliciesAsAbsoluteUrls() throws IOException {
        String publisher = "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"The Byline Review\","
                + "\"url\":\"https://example.org/\","
                + "\"correctionsPolicy\":\"https://example.org/corrections-policy/\","
                + "\"ethicsPolicy\":\"https://example.org/ethics-policy/\","
                + "\"masthead\":\"https://example.org/masthead/\","
                + "\"verificationFactCheckingPolicy\":\"https://example.org/ethics-policy/\"}";

        for (String file : List.of("index.html", "articles/bike-lanes-are-cheaper-than-parking/index.html",
                "about/index.html")) {
            assertThat(page(file).select("script[type=application/ld+json]").html()).as(file).contains(publisher);
        }
        assertThat(page("about/index.html").select("script[type=application/ld+json]").html())
                .startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"name\":\"About\"");
    }

    @Test
    void navigationMarksTheCurrentSection() throws IOException {
        assertThat(page("tags/index.html").select("[aria-current=page]").eachText()).containsExactly("Tags");
        assertThat(page("tags/campus/index.html").select("[aria-current=page]").eachText())
                .containsExactly("Campus");
        assertThat(page("articles/bike-lanes-are-cheaper-than-parking/index.html").select("[aria-current]"))
                .isEmpty();
    }

    @Test
    void navigationMarksItsSectionOnEveryPageOfIt() throws IOException {
        assertThat(current("index.html")).containsExactly("Latest=page");
        assertThat(current("authors/index.html")).containsExactly("Authors=page");
        assertThat(current("authors/andrew-wilson/index.html")).containsExactly("Authors=true");
        assertThat(current("tags/index.html")).containsExactly("Tags=page");
        assertThat(current("tags/budget/index.html")).containsExactly("Tags=true");
        assertThat(current("tags/campus/index.html")).containsExactly("Tags=true", "Campus=page");
        assertThat(current("404.html")).isEmpty();
    }

    /** The site navigation's marked links, as {@code text=aria-current}. */
    private static List<String> current(String file) throws IOException {
        return page(file).select("nav[aria-label=Site] [aria-current]").stream()
                .map(link -> link.text() + "=" + link.attr("aria-current"))
                .toList();
    }

    @Test
    void tagsPageListsEveryTagWithItsArticleCount() throws IOException {
        Document page = page("tags/index.html");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Tags");
        assertThat(page.select(".tag-list li").eachText()).containsExactly("budget 3 articles",
                "campus 7 articles", "city 4 articles", "diplomacy 2 articles", "elections 1 article",
                "housing 2 articles", "journalism 1 article", "libraries 1 article", "russia 2 articles",
                "transport 2 articles", "ukraine 2 articles");
        assertThat(page.select(".tag-list a").first().attr("href")).isEqualTo("../tags/budget/index.html");
    }

    @Test
    void pullQuoteIsRenderedWithoutItsMarker() throws IOException {
        Document page = page("articles/bike-lanes-are-cheaper-than-parking/index.html");

        assertThat(page.select(".article-body blockquote.pull").text())
                .isEqualTo("The city should stop treating the most expensive option as the default.");
        assertThat(page.select(".article-body").text()).doesNotContain("{.pull}");
    }

    @Test
    void pagesRunNoJavaScript() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(file.toFile(), "UTF-8");
                assertThat(html.select("script:not([type=application/ld+json])")).as(file.toString()).isEmpty();
                assertThat(html.select("*").stream().flatMap(element -> element.attributes().asList().stream())
                        .filter(attribute -> attribute.getKey().startsWith("on")))
                        .as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void everyLinkIsRelativeAndResolvesToAFileOfTheSite() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("404.html")).toList()) {
                Document html = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element link : html.select("[href], [src]")) {
                    String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                    if (url.startsWith("#") || url.startsWith("https://") || url.startsWith("mailto:")) {
                        continue;
                    }
                    assertThat(url).as("link in " + file).doesNotStartWith("/");
                    Path target = file.getParent().resolve(url.replaceFirst("#.*$", "")).normalize();
                    assertThat(target).as(url + " in " + file).startsWith(output).isRegularFile();
                    checked.add(url);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(100);
    }

    @Test
    void notFoundPageKeepsRootRelativeLinksSinceItIsShownAtAnyAddress() throws IOException {
        Document page = page("404.html");

        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/style.css");
        assertThat(page.select(".article-summary h3 a").eachAttr("href")).allMatch(href -> href.startsWith("/articles/"));
    }

    @Test
    void aColumnPieceIsHeadedByItsColumnLinkedToTheColumnsPage() throws IOException {
        Document piece = page("articles/the-11-bus-is-a-campus-building/index.html");
        Element kicker = piece.selectFirst(".article-header .kicker a");

        assertThat(kicker.text()).isEqualTo("Transit Lines");
        assertThat(kicker.attr("href")).isEqualTo("../../columns/transit-lines/index.html");
        assertThat(piece.selectFirst("meta[property=article:section]").attr("content")).isEqualTo("Transit Lines");
        Document column = page("columns/transit-lines/index.html");
        assertThat(column.selectFirst("h1").text()).isEqualTo("Column Transit Lines");
        assertThat(column.selectFirst("h1 .label a").attr("href")).as("every column's pieces")
                .isEqualTo("../../types/column/index.html");
        assertThat(column.select(".columnists .columnist-name").eachText()).containsExactly("Maren Okafor");
        assertThat(column.selectFirst(".columnists .tagline").text()).startsWith("Maren Okafor is ");
        assertThat(column.selectFirst(".columnists img").attr("src")).endsWith("maren-okafor.svg");
        assertThat(column.select(".article-summary h2 a").eachText())
                .containsExactly("The 11 Bus Is a Campus Building");
        assertThat(column.select(".article-summary .byline")).as("the columnist is not named again").isEmpty();
        assertThat(column.select(".article-summary .kicker")).as("no kicker repeats the column's name").isEmpty();
        assertThat(column.selectFirst("link[rel=alternate][href$=columns/transit-lines/feed.xml]")).isNotNull();
        assertThat(output.resolve("columns/transit-lines/feed.xml")).isRegularFile();
    }

    @Test
    void theLetterSaysWhatItAnswersAndTheSeedOpEdEndsWithItsLetters() throws IOException {
        Document letter = page("articles/talking-is-not-the-same-as-progress/index.html");
        Element answered = letter.selectFirst(".in-response a");

        assertThat(letter.selectFirst(".in-response").text()).startsWith("In response to Not Instant Peace");
        assertThat(answered.attr("href")).isEqualTo("../../articles/not-instant-peace-but-progress/index.html");
        assertThat(letter.selectFirst(".article-header .kicker").text()).isEqualTo("Letter to the Editor");
        assertThat(letter.selectFirst(".disclaimer").text()).startsWith("Letters are edited for length");
        Document opEd = page("articles/not-instant-peace-but-progress/index.html");
        Element responses = opEd.selectFirst("section.responses");
        assertThat(responses.selectFirst("h2").text()).isEqualTo("Letters in response");
        assertThat(responses.select("li > a").eachText()).containsExactly("Talking Is Not the Same as Progress");
        assertThat(responses.selectFirst(".response-meta").text()).isEqualTo("Samuel Achebe · August 22, 2025");
        assertThat(responses.selectFirst("time").attr("datetime")).isEqualTo("2025-08-22");
    }

    @Test
    void aPieceFirstPublishedElsewhereNamesThatPageCanonicalAndIsLeftOutOfTheSitemap() throws IOException {
        String elsewhere = "https://millbrook-ledger.example.com/opinion/2025/10/students-belong-on-the-voter-rolls/";
        Document essay = page("articles/students-belong-on-the-voter-rolls/index.html");

        assertThat(essay.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(elsewhere);
        assertThat(essay.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(elsewhere);
        assertThat(essay.selectFirst(".first-published").text()).isEqualTo("First published at "
                + "millbrook-ledger.example.com.");
        assertThat(essay.selectFirst(".article-header .kicker").text()).isEqualTo("Guest Essay");
        assertThat(Files.readString(output.resolve("sitemap.xml"))).as("a sitemap lists canonical addresses only")
                .doesNotContain("students-belong-on-the-voter-rolls");
    }

    @Test
    void everyTypeTheSitePublishesButOpEdHasAListPageWithAFeed() throws IOException {
        try (Stream<Path> types = Files.list(output.resolve("types"))) {
            assertThat(types.map(type -> type.getFileName().toString()))
                    .containsExactlyInAnyOrder("analysis", "column", "editorial", "guest-essay", "letter");
        }
        Document letters = page("types/letter/index.html");
        assertThat(letters.selectFirst("h1").text()).isEqualTo("Letters to the Editor");
        assertThat(letters.select(".article-summary h2 a").eachText())
                .containsExactly("Talking Is Not the Same as Progress");
        assertThat(output.resolve("types/letter/feed.xml")).isRegularFile();
        assertThat(page("types/column/index.html").select(".article-summary .kicker").eachText())
                .containsExactly("Transit Lines");
    }

    @Test
    void anAnalysisIsAnAnalysisNewsArticleWithoutTheOpinionDisclaimer() throws IOException {
        Document analysis = page("articles/what-three-housing-studies-found/index.html");

        assertThat(analysis.selectFirst("script[type=application/ld+json]").data())
                .contains("\"@type\":\"AnalysisNewsArticle\"").contains("\"articleSection\":\"Analysis\"");
        assertThat(analysis.select(".disclaimer")).isEmpty();
        assertThat(page("index.html").select(".article-summary .kicker").eachText())
                .contains("Analysis", "Guest Essay", "Transit Lines", "Letter to the Editor");
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(output.resolve(file).toFile(), "UTF-8");
    }

    private static List<String> seedLines() throws IOException {
        return Files.readAllLines(SEED, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
