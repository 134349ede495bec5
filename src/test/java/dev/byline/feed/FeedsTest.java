package dev.byline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.assemble.Sections;
import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticleState;
import dev.byline.model.Author;
import dev.byline.model.Html;
import dev.byline.model.Kicker;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import dev.byline.diag.Diagnostics;
import dev.byline.output.OutputFile;
import dev.byline.plan.PageTask;
import dev.byline.plan.RenderPlanner;
import dev.byline.render.Renderer;
import dev.byline.source.SourceTree;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeedsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final Author ADA = author("ada-byron", "Ada Byron");
    private static final Author GRACE = author("grace-hopper", "Grace Hopper");
    private static final Tag CITIES = tag("cities", "Cities");
    private static final Tag FOOD = tag("food-and-drink", "Food & Drink");

    private static final Article NEWEST = article("newest", 3, List.of(ADA), List.of(CITIES));
    private static final Article MIDDLE = article("middle", 2, List.of(ADA, GRACE), List.of(CITIES, FOOD));
    private static final Article OLDEST = article("oldest", 1, List.of(ADA), List.of(CITIES));

    private static SiteConfig config(int feedSize) {
        return SiteConfigs.standard().withDescription("Views.").withPublisher("Desk Media").withFeedSize(feedSize)
                .build();
    }

    private static Author author(String slug, String name) {
        return new Author(slug, name, "", "/authors/" + slug + "/", "", List.of());
    }

    private static Tag tag(String slug, String name) {
        return new Tag(slug, name, "/tags/" + slug + "/");
    }

    private static ArticleDate day(int day) {
        return new ArticleDate(ZonedDateTime.of(2025, 8, day, 0, 0, 0, 0, UTC), false);
    }

    private static Article article(String slug, int day, List<Author> authors, List<Tag> tags) {
        return new Article("content/articles/" + slug + ".md", slug, "/articles/" + slug + "/", "Title " + slug, "",
                "", day(day), null, authors, tags, new Html("<p>x</p>"), 10, null, ArticleState.PUBLISHED, List.of(),
                List.of(), WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    private static Site site(int feedSize) {
        return new Site(config(feedSize), List.of(NEWEST, MIDDLE, OLDEST), List.of(ADA, GRACE),
                List.of(CITIES, FOOD), java.time.Instant.EPOCH);
    }

    /** The site's feeds, sitemap and robots.txt, as the render plan makes them. */
    private static List<OutputFile> files(int feedSize) {
        Site site = site(feedSize);
        return new Renderer(site, null, false).render(new RenderPlanner(site, new Sections(site), "theme")
                        .plan(new SourceTree(List.of())).tasks().stream()
                        .filter(task -> !(task instanceof PageTask) && !task.file().startsWith("assets/"))
                        .toList(), new Diagnostics(), () -> { })
                .stream().map(Renderer.Outcome::file).toList();
    }

    private static String content(List<OutputFile> files, String name) {
        OutputFile file = files.stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
        return new String(((OutputFile.Rendered) file).bytes(), StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    @Test
    void producesSiteAuthorAndTagFeedsSitemapAndRobots() {
        assertThat(files(20)).extracting(OutputFile::file).containsExactly(
                "feed.xml",
                "authors/ada-byron/feed.xml", "authors/grace-hopper/feed.xml",
                "tags/cities/feed.xml", "tags/food-and-drink/feed.xml", "corrections/feed.xml",
                "feed.json", "rss.xml", "sitemap.xml", "news-sitemap.xml", "robots.txt");
    }

    @Test
    void everyFileIsRenderedInMemory() {
        assertThat(files(20)).allMatch(file -> file instanceof OutputFile.Rendered);
    }

    @Test
    void siteFeedsHoldEveryArticleNewestFirst() {
        List<OutputFile> files = files(20);
        String atom = content(files, "feed.xml");

        assertThat(count(atom, "<entry>")).isEqualTo(3);
        assertThat(atom.indexOf("articles/newest/")).isLessThan(atom.indexOf("articles/middle/"));
        assertThat(atom.indexOf("articles/middle/")).isLessThan(atom.indexOf("articles/oldest/"));
        assertThat(count(content(files, "feed.json"), "\"content_html\"")).isEqualTo(3);
    }

    @Test
    void feedSizeLimitsTheEntriesOfEveryFeed() {
        List<OutputFile> files = files(2);

        assertThat(count(content(files, "feed.xml"), "<entry>")).isEqualTo(2);
        assertThat(content(files, "feed.xml")).doesNotContain("articles/oldest/");
        assertThat(count(content(files, "feed.json"), "\"content_html\"")).isEqualTo(2);
        assertThat(count(content(files, "authors/ada-byron/feed.xml"), "<entry>")).isEqualTo(2);
        assertThat(count(content(files, "tags/cities/feed.xml"), "<entry>")).isEqualTo(2);
    }

    @Test
    void authorFeedHoldsTheirArticlesIncludingCoWrittenOnes() {
        List<OutputFile> files = files(20);
        String grace = content(files, "authors/grace-hopper/feed.xml");

        assertThat(count(content(files, "authors/ada-byron/feed.xml"), "<entry>")).isEqualTo(3);
        assertThat(count(grace, "<entry>")).isEqualTo(1);
        assertThat(grace).contains("<id>https://example.org/articles/middle/</id>")
                .contains("<title>Grace Hopper — The Desk</title>")
                .contains("href=\"https://example.org/authors/grace-hopper/feed.xml\"")
                .contains("<id>https://example.org/authors/grace-hopper/feed.xml</id>");
    }

    @Test
    void tagFeedHoldsTheArticlesFiledUnderIt() {
        String food = content(files(20), "tags/food-and-drink/feed.xml");

        assertThat(count(food, "<entry>")).isEqualTo(1);
        assertThat(food).contains("<title>Food &amp; Drink — The Desk</title>")
                .contains("<id>https://example.org/tags/food-and-drink/feed.xml</id>")
                .contains("<id>https://example.org/articles/middle/</id>");
    }

    @Test
    void sitemapListsThePagesWithAbsoluteUrlsButNotThe404Page() {
        String sitemap = content(files(20), "sitemap.xml");

        assertThat(sitemap).contains("<loc>https://example.org/</loc>")
                .contains("<loc>https://example.org/articles/newest/</loc>")
                .contains("<loc>https://example.org/authors/</loc>")
                .doesNotContain("404");
    }

    @Test
    void sitemapGivesEachPageTheLastChangeOfWhatItShows() {
        String sitemap = content(files(20), "sitemap.xml");

        assertThat(sitemap).contains("<loc>https://example.org/</loc>\n    <lastmod>2025-08-03T00:00:00Z</lastmod>")
                .contains("<loc>https://example.org/articles/oldest/</loc>\n    <lastmod>2025-08-01T00:00:00Z</lastmod>")
                .contains("<loc>https://example.org/tags/food-and-drink/</loc>\n"
                        + "    <lastmod>2025-08-02T00:00:00Z</lastmod>");
    }

    @Test
    void robotsNamesTheSitemap() {
        assertThat(content(files(20), "robots.txt")).contains("Sitemap: https://example.org/sitemap.xml");
    }
}
