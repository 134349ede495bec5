package dev.byline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticleState;
import dev.byline.model.Author;
import dev.byline.model.Correction;
import dev.byline.model.Html;
import dev.byline.model.Image;
import dev.byline.model.Kicker;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** JSON Feed output is checked as text: the writer is compact and keeps member order, so fragments are exact. */
class JsonFeedTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static SiteConfig config(String description) {
        return SiteConfigs.standard().withDescription(description).withBaseUrl("https://example.org/opinion/")
                .withTimezone(NEW_YORK).withPublisher("Desk Media").build();
    }

    private static ArticleDate day(int year, int month, int day) {
        return new ArticleDate(ZonedDateTime.of(year, month, day, 0, 0, 0, 0, NEW_YORK), false);
    }

    private static Author ada() {
        return new Author("ada", "Ada Byron", "", "/opinion/authors/ada/", "", List.of());
    }

    private static Article article(String slug, String summary, Image image, List<Tag> tags, String body,
                                   List<Correction> corrections) {
        return new Article("content/articles/" + slug + ".md", slug, "/opinion/articles/" + slug + "/",
                "Title " + slug, "", summary, day(2025, 8, 15), null, List.of(ada()), tags, new Html(body), 100,
                image, ArticleState.PUBLISHED, corrections, List.of(), WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    private static Article plain(String slug) {
        return article(slug, "", null, List.of(), "<p>x</p>", List.of());
    }

    private static String write(SiteConfig config, List<Article> articles) {
        FeedSpec spec = new FeedSpec("feed.json", "The Desk", "/opinion/", "/opinion/feed.json", articles);
        return new String(new JsonFeed(config).write(spec), StandardCharsets.UTF_8);
    }

    /** The JSON with its {@code \}{@code uXXXX} escapes decoded, for reading HTML inside it. */
    private static String decoded(String json) {
        Matcher escape = Pattern.compile("\\\\u([0-9a-f]{4})").matcher(json);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(out).toString();
    }

    @Test
    void feedStartsWithVersionTitleAndUrls() {
        String json = write(config("Views."), List.of(plain("a")));

        assertThat(json).startsWith("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"The Desk\","
                + "\"home_page_url\":\"https://example.org/opinion/\","
                + "\"feed_url\":\"https://example.org/opinion/feed.json\",\"description\":\"Views.\","
                + "\"language\":\"en\",\"authors\":[{\"name\":\"Desk Media\"}],\"items\":[")
                .endsWith("]}\n");
    }

    @Test
    void hubsAreListedAsWebSubAfterTheAuthorsAndLeftOutWithoutAny() {
        SiteConfig withHubs = SiteConfigs.standard().withHubs("https://hub.example.com/").build();

        assertThat(write(withHubs, List.of())).contains("\"authors\":[{\"name\":\"The Desk\"}],"
                + "\"hubs\":[{\"type\":\"WebSub\",\"url\":\"https://hub.example.com/\"}],\"items\":[]");
        assertThat(write(config(""), List.of())).doesNotContain("hubs");
    }

    @Test
    void descriptionIsLeftOutWhenEmpty() {
        assertThat(write(config(""), List.of(plain("a")))).doesNotContain("\"description\"");
    }

    @Test
    void itemHasIdUrlTitleDatesAndAuthors() {
        Article article = article("a", "A summary.", null, List.of(), "<p>x</p>",
                List.of(new Correction(day(2025, 9, 1), "Fixed.")));

        String json = write(config(""), List.of(article));

        assertThat(json).contains("\"items\":[{\"id\":\"https://example.org/opinion/articles/a/\","
                + "\"url\":\"https://example.org/opinion/articles/a/\",\"title\":\"Title a\",")
                .contains("\"summary\":\"A summary.\"")
                .contains("\"date_published\":\"2025-08-15T00:00:00-04:00\"")
                .contains("\"date_modified\":\"2025-09-01T00:00:00-04:00\"")
                .contains("\"authors\":[{\"name\":\"Ada Byron\","
                        + "\"url\":\"https://example.org/opinion/authors/ada/\"}]");
    }

    @Test
    void itemsFollowTheOrderGiven() {
        String json = write(config(""), List.of(plain("b"), plain("a")));

        assertThat(json.indexOf("articles/b/")).isLessThan(json.indexOf("articles/a/"));
    }

    @Test
    void noArticlesGiveAnEmptyItemList() {
        assertThat(write(config(""), List.of())).contains("\"items\":[]");
    }

    @Test
    void contentHtmlHasAbsoluteLinksAndIsEscapedForScripts() {
        Article article = article("a", "", null, List.of(),
                "<p><a href=\"/opinion/articles/b/\">b</a> <a href=\"#fn-1\">1</a></p>", List.of());

        String json = write(config(""), List.of(article));

        assertThat(json).doesNotContain("<").doesNotContain(">");
        assertThat(decoded(json)).contains("\"content_html\":\"<p>"
                + "<a href=\\\"https://example.org/opinion/articles/b/\\\">b</a> "
                + "<a href=\\\"https://example.org/opinion/articles/a/#fn-1\\\">1</a></p>\"");
    }

    @Test
    void optionalItemMembersAreLeftOut() {
        String json = write(config(""), List.of(plain("a")));

        assertThat(json).doesNotContain("\"summary\"").doesNotContain("\"image\"").doesNotContain("\"tags\"");
    }

    @Test
    void imageAndTagsAreIncludedWhenPresent() {
        Article article = article("a", "", new Image("/opinion/images/cup.png", "A cup", "", "", 0, 0),
                List.of(new Tag("food", "Food & Drink", "/opinion/tags/food/")), "<p>x</p>", List.of());

        String json = write(config(""), List.of(article));

        assertThat(json).contains("\"image\":\"https://example.org/opinion/images/cup.png\"")
                .contains("\"tags\":[\"Food \\u0026 Drink\"]");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        List<Article> articles = List.of(plain("b"), plain("a"));

        assertThat(write(config("x"), articles)).isEqualTo(write(config("x"), articles));
    }
}
