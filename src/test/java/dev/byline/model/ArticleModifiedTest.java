package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleModifiedTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ArticleDate PUBLISHED = day(8, 15);

    private static ArticleDate day(int month, int day) {
        return new ArticleDate(ZonedDateTime.of(2025, month, day, 0, 0, 0, 0, UTC), false);
    }

    private static Article article(ArticleDate date, ArticleDate updated, Correction... corrections) {
        Author author = new Author("ada", "Ada Byron", "", "/authors/ada/", "", List.of());
        return new Article("content/articles/a.md", "a", "/articles/a/", "Title", "", "", date, updated,
                List.of(author), List.of(), new Html(""), 10, null, ArticleState.PUBLISHED, List.of(corrections),
                List.of(), WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    private static Correction correction(ArticleDate date) {
        return new Correction(date, "Corrected.");
    }

    @Test
    void unchangedArticleWasLastModifiedWhenPublished() {
        assertThat(article(PUBLISHED, null).modified()).isEqualTo(PUBLISHED);
    }

    @Test
    void laterUpdateIsTheModification() {
        assertThat(article(PUBLISHED, day(9, 1)).modified()).isEqualTo(day(9, 1));
    }

    @Test
    void updateBeforeThePublicationDateIsIgnored() {
        assertThat(article(PUBLISHED, day(8, 1)).modified()).isEqualTo(PUBLISHED);
    }

    @Test
    void updateOnTheSameDayIsThePublicationDate() {
        assertThat(article(PUBLISHED, day(8, 15)).modified()).isEqualTo(PUBLISHED);
    }

    @Test
    void dayOnlyUpdateOnTheDayOfATimedPublicationDoesNotMoveItBack() {
        ArticleDate morning = new ArticleDate(ZonedDateTime.of(2025, 8, 15, 9, 30, 0, 0, UTC), true);

        assertThat(article(morning, day(8, 15)).modified()).isEqualTo(morning);
    }

    @Test
    void correctionAfterTheUpdateIsTheModification() {
        assertThat(article(PUBLISHED, day(9, 1), correction(day(10, 1))).modified()).isEqualTo(day(10, 1));
    }

    @Test
    void correctionWithoutAnUpdateIsTheModification() {
        assertThat(article(PUBLISHED, null, correction(day(8, 20))).modified()).isEqualTo(day(8, 20));
    }

    @Test
    void updateAfterTheCorrectionIsTheModification() {
        assertThat(article(PUBLISHED, day(11, 1), correction(day(10, 1))).modified()).isEqualTo(day(11, 1));
    }

    @Test
    void latestOfSeveralCorrectionsWinsWhateverTheirOrder() {
        Article article = article(PUBLISHED, null, correction(day(10, 1)), correction(day(12, 1)),
                correction(day(11, 1)));

        assertThat(article.modified()).isEqualTo(day(12, 1));
    }
}
