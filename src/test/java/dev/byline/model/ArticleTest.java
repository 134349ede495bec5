package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final ArticleDate DATE =
            new ArticleDate(ZonedDateTime.of(2025, 8, 15, 0, 0, 0, 0, ZoneId.of("UTC")), false);

    private static Article withWords(int words) {
        return article(words, List.of(author("Andrew Wilson")));
    }

    private static Article by(String... names) {
        return article(100, Arrays.stream(names).map(ArticleTest::author).toList());
    }

    private static Author author(String name) {
        String slug = name.toLowerCase().replace(' ', '-');
        return new Author(slug, name, "", "/authors/" + slug + "/", "", List.of());
    }

    private static Article article(int words, List<Author> authors) {
        return article(words, authors, ArticleState.PUBLISHED);
    }

    private static Article inState(ArticleState state) {
        return article(100, List.of(author("Andrew Wilson")), state);
    }

    private static Article article(int words, List<Author> authors, ArticleState state) {
        return new Article("content/articles/a.md", "a", "/articles/a/", "Title", "", "Summary", DATE, null,
                authors, List.of(), new Html("<p>x</p>"), words, null, state, List.of(), List.of(),
                WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    @Test
    void readingTimeOfAnyTextIsAtLeastOneMinute() {
        assertThat(withWords(1).readingMinutes()).isEqualTo(1);
        assertThat(withWords(50).readingMinutes()).isEqualTo(1);
    }

    @Test
    void anArticleWithoutWordsShowsNoReadingTime() {
        assertThat(withWords(0).readingMinutes()).isZero();
        assertThat(withWords(0).hasReadingTime()).isFalse();
        assertThat(withWords(0).readingTime()).isEmpty();
        assertThat(withWords(1).hasReadingTime()).isTrue();
    }

    @Test
    void readingTimeIsWordsAt265PerMinuteRounded() {
        assertThat(withWords(265).readingMinutes()).isEqualTo(1);
        assertThat(withWords(530).readingMinutes()).isEqualTo(2);
        assertThat(withWords(1000).readingMinutes()).isEqualTo(4);
        assertThat(withWords(2650).readingMinutes()).isEqualTo(10);
    }

    @Test
    void readingTimeReadsAsMinutes() {
        assertThat(withWords(530).readingTime()).isEqualTo("2 min read");
    }

    @Test
    void draftsAndScheduledArticlesSayWhatTheyAreAndPublishedOnesSayNothing() {
        assertThat(inState(ArticleState.PUBLISHED).stateLabel()).isEmpty();
        assertThat(inState(ArticleState.DRAFT).stateLabel()).isEqualTo("Draft");
        assertThat(inState(ArticleState.SCHEDULED).stateLabel()).isEqualTo("Scheduled for August 15, 2025");
        assertThat(inState(ArticleState.PUBLISHED).isPublished()).isTrue();
        assertThat(inState(ArticleState.SCHEDULED).isPublished()).isFalse();
        assertThat(inState(ArticleState.DRAFT).draft()).isTrue();
    }

    @Test
    void oneAuthorIsJustTheName() {
        assertThat(by("Andrew Wilson").authorNames()).isEqualTo("Andrew Wilson");
    }

    @Test
    void twoAuthorsAreJoinedWithAnd() {
        assertThat(by("Andrew Wilson", "Dalia Fenwick").authorNames()).isEqualTo("Andrew Wilson and Dalia Fenwick");
    }

    @Test
    void threeAuthorsAreJoinedWithCommasAndAnd() {
        assertThat(by("Andrew Wilson", "Dalia Fenwick", "Theo Lindqvist").authorNames())
                .isEqualTo("Andrew Wilson, Dalia Fenwick and Theo Lindqvist");
    }

    @Test
    void optionalPartsReportWhetherTheyArePresent() {
        Article plain = withWords(10);
        Article full = new Article("s", "a", "/articles/a/", "T", "Standfirst", "Standfirst", DATE, DATE,
                List.of(author("A B")), List.of(), new Html(""), 10, new Image("/x.jpg", "x", "", "", 0, 0),
                ArticleState.PUBLISHED, List.of(), List.of(), WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());

        assertThat(plain.hasDescription()).isFalse();
        assertThat(plain.isUpdated()).isFalse();
        assertThat(plain.hasImage()).isFalse();
        assertThat(full.hasDescription()).isTrue();
        assertThat(full.isUpdated()).isTrue();
        assertThat(full.hasImage()).isTrue();
    }

    @Test
    void authorAndTagListsAreImmutableCopies() {
        List<Author> authors = new java.util.ArrayList<>(List.of(author("A B")));
        Article article = article(10, authors);
        authors.add(author("C D"));

        assertThat(article.authors()).hasSize(1).isUnmodifiable();
    }

    private static Article ofType(WorkType type, String canonical) {
        Article plain = withWords(100);
        return new Article(plain.source(), plain.slug(), plain.url(), plain.title(), "", "Summary", DATE, null,
                plain.authors(), List.of(), plain.body(), 100, null, ArticleState.PUBLISHED, List.of(), List.of(), type,
                null, new Kicker(type.defaultLabel(), ""), "", canonical, List.of());
    }

    @Test
    void firstPublishedAtIsTheCanonicalHostWithoutWww() {
        Article elsewhere = ofType(WorkType.GUEST_ESSAY, "https://www.Ledger.example.com/essays/a/?from=rss");

        assertThat(elsewhere.hasCanonical()).isTrue();
        assertThat(elsewhere.firstPublishedAt()).isEqualTo("ledger.example.com");
        assertThat(ofType(WorkType.OP_ED, "").hasCanonical()).isFalse();
    }

    @Test
    void answersAreLettersInResponseUnlessOneIsNoLetter() {
        Article letter = ofType(WorkType.LETTER, "");
        Article essay = ofType(WorkType.GUEST_ESSAY, "");

        assertThat(letter.isLetter()).isTrue();
        assertThat(new ArticlePage(null, essay, null, null, List.of(), null, List.of(letter, letter), null)
                .responsesTitle()).isEqualTo("Letters in response");
        assertThat(new ArticlePage(null, essay, null, null, List.of(), null, List.of(letter, essay), null)
                .responsesTitle()).isEqualTo("Responses");
    }
}
