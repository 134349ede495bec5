package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighboursTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final SiteConfig CONFIG = SiteConfigs.standard().build();
    private static final Author ADA = new Author("ada", "Ada Byron", "", "/authors/ada/", "", List.of());

    private static Tag tag(String slug) {
        return new Tag(slug, slug, "/tags/" + slug + "/");
    }

    /** Articles differ only in slug and date, so that equal-looking records are told apart by identity. */
    private static Article article(String slug, int day, Tag... tags) {
        return new Article("content/articles/" + slug + ".md", slug, "/articles/" + slug + "/", "Title", "", "",
                new ArticleDate(ZonedDateTime.of(2025, 1, day, 0, 0, 0, 0, UTC), false), null, List.of(ADA),
                Arrays.asList(tags), new Html(""), 10, null, ArticleState.PUBLISHED, List.of(), List.of(),
                WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    private static Neighbours of(Article... newestFirst) {
        return new Neighbours(new Site(CONFIG, List.of(newestFirst), List.of(ADA), List.of(), java.time.Instant.EPOCH));
    }

    @Test
    void previousIsTheOlderArticleAndNextTheNewer() {
        Article newest = article("c", 3);
        Article middle = article("b", 2);
        Article oldest = article("a", 1);
        Neighbours neighbours = of(newest, middle, oldest);

        assertThat(neighbours.previous(middle)).isSameAs(oldest);
        assertThat(neighbours.next(middle)).isSameAs(newest);
    }

    @Test
    void newestArticleHasNoNext() {
        Article newest = article("b", 2);
        Article oldest = article("a", 1);
        Neighbours neighbours = of(newest, oldest);

        assertThat(neighbours.next(newest)).isNull();
        assertThat(neighbours.previous(newest)).isSameAs(oldest);
    }

    @Test
    void oldestArticleHasNoPrevious() {
        Article newest = article("b", 2);
        Article oldest = article("a", 1);
        Neighbours neighbours = of(newest, oldest);

        assertThat(neighbours.previous(oldest)).isNull();
        assertThat(neighbours.next(oldest)).isSameAs(newest);
    }

    @Test
    void onlyArticleHasNeitherNeighbour() {
        Article only = article("a", 1, tag("x"));
        Neighbours neighbours = of(only);

        assertThat(neighbours.previous(only)).isNull();
        assertThat(neighbours.next(only)).isNull();
        assertThat(neighbours.related(only)).isEmpty();
    }

    @Test
    void equalArticlesAreToldApartByIdentity() {
        Article twin = article("same", 1);
        Article otherTwin = article("same", 1);
        Neighbours neighbours = of(twin, otherTwin);

        assertThat(neighbours.previous(twin)).isSameAs(otherTwin);
        assertThat(neighbours.next(otherTwin)).isSameAs(twin);
    }

    @Test
    void relatedArticlesShareATag() {
        Tag cities = tag("cities");
        Tag food = tag("food");
        Article subject = article("subject", 5, cities);
        Article sharing = article("sharing", 4, cities);
        Article unrelated = article("unrelated", 3, food);
        Neighbours neighbours = of(subject, sharing, unrelated);

        assertThat(neighbours.related(subject)).containsExactly(sharing);
    }

    @Test
    void articleWithoutTagsHasNoRelatedArticles() {
        Article untagged = article("untagged", 2);
        Neighbours neighbours = of(untagged, article("tagged", 1, tag("x")), article("other", 1));

        assertThat(neighbours.related(untagged)).isEmpty();
    }

    @Test
    void mostSharedTagsComeFirstThenNewest() {
        Tag a = tag("a");
        Tag b = tag("b");
        Tag c = tag("c");
        Article subject = article("subject", 10, a, b, c);
        Article newOneTag = article("new-one-tag", 9, a);
        Article twoTags = article("two-tags", 5, a, b);
        Article oldThreeTags = article("old-three-tags", 1, c, b, a);
        Article olderOneTag = article("older-one-tag", 8, c);
        Neighbours neighbours = of(subject, newOneTag, olderOneTag, twoTags, oldThreeTags);

        assertThat(neighbours.related(subject)).containsExactly(oldThreeTags, twoTags, newOneTag);
    }

    @Test
    void tiesGoToTheNewest() {
        Tag a = tag("a");
        Article subject = article("subject", 1, a);
        Article newest = article("newest", 9, a);
        Article newer = article("newer", 8, a);
        Article middle = article("middle", 7, a);
        Article old = article("old", 6, a);
        Neighbours neighbours = of(newest, newer, middle, old, subject);

        assertThat(neighbours.related(subject)).containsExactly(newest, newer, middle);
    }

    @Test
    void atMostThreeRelatedArticles() {
        Tag a = tag("a");
        List<Article> articles = new ArrayList<>();
        for (int day = 28; day >= 1; day--) {
            articles.add(article("a" + day, day, a));
        }
        Neighbours neighbours = of(articles.toArray(Article[]::new));

        assertThat(neighbours.related(articles.get(10))).hasSize(3);
    }

    @Test
    void anArticleIsNeverRelatedToItself() {
        Tag a = tag("a");
        Tag b = tag("b");
        Article subject = article("subject", 3, a, b);
        Article other = article("other", 2, a);
        Neighbours neighbours = of(subject, other);

        assertThat(neighbours.related(subject)).containsExactly(other);
        assertThat(neighbours.related(other)).containsExactly(subject);
    }

    @Test
    void relatedArticlesComeOnlyFromTheNewestOfEachTag() {
        Tag busy = tag("busy");
        List<Article> articles = new ArrayList<>();
        for (int day = 28; day >= 1; day--) {
            articles.add(article("busy-" + day, day, busy));
        }
        Article oldest = articles.get(articles.size() - 1);
        Neighbours neighbours = of(articles.toArray(Article[]::new));

        assertThat(neighbours.related(oldest)).containsExactly(articles.get(0), articles.get(1), articles.get(2));
    }
}
