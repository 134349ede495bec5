package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Who a byline names and how it opens: "By" for people, an organization's name alone, "With" on an author's page. */
class BylineTest {

    private static final Author MAREN = person("maren-okafor", "Maren Okafor", "is a senior studying urban planning");
    private static final Author THEO = person("theo-lindqvist", "Theo Lindqvist", "is the opinion editor.");
    private static final Author DALIA = person("dalia-fenwick", "Dalia Fenwick", "");
    private static final Author BOARD = new Author("editorial-board", "The Editorial Board", "",
            "/authors/editorial-board/", "/images/board.svg", List.of(), AuthorKind.ORGANIZATION, "", "The board.",
            List.of(MAREN, THEO));

    private static Author person(String slug, String name, String tagline) {
        return new Author(slug, name, "", "/authors/" + slug + "/", slug.startsWith("m") ? "/images/m.svg" : "",
                List.of(), AuthorKind.PERSON, tagline, "", List.of());
    }

    private static Article by(Author... authors) {
        return new Article("content/articles/a.md", "a", "/articles/a/", "Title", "", "Summary",
                new ArticleDate(ZonedDateTime.of(2025, 8, 15, 0, 0, 0, 0, ZoneId.of("UTC")), false), null,
                List.of(authors), List.of(), new Html("<p>x</p>"), 100, null, ArticleState.PUBLISHED, List.of(),
                List.of(), WorkType.OP_ED, null, new Kicker("Opinion", ""), "", "", List.of());
    }

    /** The byline as a reader sees it, as the theme's partial writes it. */
    private static String text(Byline byline) {
        return byline.opening() + String.join("", IntStream.range(0, byline.names().size())
                .mapToObj(i -> byline.names().get(i).name() + byline.separatorAfter(i)).toList());
    }

    @Test
    void peopleAreNamedAfterByWithCommasAndALastAnd() {
        assertThat(text(Byline.of(by(MAREN)))).isEqualTo("By Maren Okafor");
        assertThat(text(Byline.of(by(MAREN, THEO)))).isEqualTo("By Maren Okafor and Theo Lindqvist");
        assertThat(text(Byline.of(by(MAREN, THEO, DALIA))))
                .isEqualTo("By Maren Okafor, Theo Lindqvist and Dalia Fenwick");
    }

    @Test
    void organizationSignsWithItsNameAlone() {
        assertThat(text(Byline.of(by(BOARD)))).isEqualTo("The Editorial Board");
    }

    @Test
    void organizationCoSigningWithAPersonHasNoByAndKeepsTheOrderGiven() {
        assertThat(text(Byline.of(by(BOARD, DALIA)))).isEqualTo("The Editorial Board and Dalia Fenwick");
        assertThat(text(Byline.of(by(DALIA, BOARD)))).isEqualTo("Dalia Fenwick and The Editorial Board");
    }

    @Test
    void onAnAuthorsPageTheirNameIsLeftOutAndCoAuthorsFollowWith() {
        assertThat(text(Byline.of(by(MAREN, THEO), MAREN))).isEqualTo("With Theo Lindqvist");
        assertThat(text(Byline.of(by(BOARD, DALIA), DALIA))).isEqualTo("With The Editorial Board");
        assertThat(Byline.of(by(MAREN), MAREN).isEmpty()).isTrue();
    }

    @Test
    void taglinesAreSentencesStartingWithTheNameWithoutADoubleFullStop() {
        assertThat(Byline.of(by(MAREN, DALIA, THEO)).taglines()).isEqualTo(
                "Maren Okafor is a senior studying urban planning. Theo Lindqvist is the opinion editor.");
        assertThat(Byline.of(by(DALIA)).taglines()).isEmpty();
        assertThat(DALIA.taglineSentence()).isEmpty();
    }

    @Test
    void aHeadshotIsAltTextedWithTheNameUnlessTheLineIsThatNameAlone() {
        assertThat(Byline.of(by(MAREN)).avatarAlt(MAREN)).isEqualTo("Maren Okafor");
        assertThat(Byline.of(by(BOARD, MAREN)).avatarAlt(BOARD)).isEqualTo("The Editorial Board");
        assertThat(Byline.of(by(BOARD)).avatarAlt(BOARD)).as("the board signing alone").isEmpty();
    }

    @Test
    void onlyAuthorsWithAHeadshotGetOne() {
        assertThat(Byline.of(by(MAREN, THEO, BOARD)).withAvatars()).containsExactly(MAREN, BOARD);
    }
}
