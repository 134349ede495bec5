package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticleState;
import dev.byline.model.Author;
import dev.byline.model.Column;
import dev.byline.model.Html;
import dev.byline.model.Kicker;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final SiteConfig CONFIG = SiteConfigs.standard().build();

    private static final Author ADA = author("ada", "Ada Byron");
    private static final Author GRACE = author("grace", "Grace Hopper");
    private static final Author NOBODY = author("nobody", "No Body");
    private static final Tag CITIES = tag("cities", "Cities");
    private static final Tag FOOD = tag("food", "Food");
    private static final Tag UNUSED = tag("unused", "Unused");

    private static final Article NEWEST = article("newest", 3, List.of(ADA), List.of(CITIES));
    private static final Article CO_WRITTEN = article("co-written", 2, List.of(GRACE, ADA), List.of(FOOD, CITIES));
    private static final Article OLDEST = article("oldest", 1, List.of(GRACE), List.of());

    private static final Sections SECTIONS = new Sections(new Site(CONFIG, List.of(NEWEST, CO_WRITTEN, OLDEST),
            List.of(ADA, GRACE), List.of(CITIES, FOOD), java.time.Instant.EPOCH));

    private static Author author(String slug, String name) {
        return new Author(slug, name, "", "/authors/" + slug + "/", "", List.of());
    }

    private static Tag tag(String slug, String name) {
        return new Tag(slug, name, "/tags/" + slug + "/");
    }

    private static Article article(String slug, int day, List<Author> authors, List<Tag> tags) {
        return article(slug, day, authors, tags, ArticleState.PUBLISHED);
    }

    private static Article article(String slug, int day, List<Author> authors, List<Tag> tags,
                                   ArticleState state) {
        return new Article("content/articles/" + slug + ".md", slug, "/articles/" + slug + "/", slug, "", "",
                new ArticleDate(ZonedDateTime.of(2025, 1, day, 0, 0, 0, 0, UTC), false), null, authors, tags,
                new Html(""), 10, null, state, List.of(), List.of(), WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    @Test
    void authorSectionHoldsTheirArticlesNewestFirst() {
        assertThat(SECTIONS.of(GRACE)).containsExactly(CO_WRITTEN, OLDEST);
    }

    @Test
    void coWrittenArticlesAreUnderEachAuthor() {
        assertThat(SECTIONS.of(ADA)).containsExactly(NEWEST, CO_WRITTEN);
        assertThat(SECTIONS.of(GRACE)).contains(CO_WRITTEN);
    }

    @Test
    void tagSectionHoldsItsArticlesNewestFirst() {
        assertThat(SECTIONS.of(CITIES)).containsExactly(NEWEST, CO_WRITTEN);
        assertThat(SECTIONS.of(FOOD)).containsExactly(CO_WRITTEN);
    }

    @Test
    void authorsAndTagsAreLookedUpBySlug() {
        assertThat(SECTIONS.of(author("ada", "Another Name"))).containsExactly(NEWEST, CO_WRITTEN);
        assertThat(SECTIONS.of(tag("cities", "CITIES"))).containsExactly(NEWEST, CO_WRITTEN);
    }

    @Test
    void authorOrTagWithoutArticlesHasAnEmptySection() {
        assertThat(SECTIONS.of(NOBODY)).isEmpty();
        assertThat(SECTIONS.of(UNUSED)).isEmpty();
    }

    @Test
    void indexOfAPlainBuildIsNewestFirst() {
        assertThat(SECTIONS.index()).containsExactly(NEWEST, CO_WRITTEN, OLDEST);
    }

    @Test
    void indexLeadsWithTheNewestPublishedArticleAndListsNewerDraftsAndScheduledPiecesAfterIt() {
        Article scheduled = article("scheduled", 9, List.of(ADA), List.of(CITIES), ArticleState.SCHEDULED);
        Article draft = article("draft", 5, List.of(GRACE), List.of(), ArticleState.DRAFT);
        Site preview = new Site(CONFIG, List.of(scheduled, draft, NEWEST, OLDEST), List.of(ADA, GRACE),
                List.of(CITIES), java.time.Instant.EPOCH);

        Sections sections = new Sections(preview);

        assertThat(sections.index()).containsExactly(NEWEST, scheduled, draft, OLDEST);
        assertThat(sections.of(ADA)).as("author and tag lists keep date order").containsExactly(scheduled, NEWEST);
        assertThat(sections.of(CITIES)).containsExactly(scheduled, NEWEST);
    }

    @Test
    void indexOfDraftsAloneIsInDateOrder() {
        Article later = article("later", 9, List.of(ADA), List.of(), ArticleState.DRAFT);
        Article earlier = article("earlier", 5, List.of(ADA), List.of(), ArticleState.SCHEDULED);

        assertThat(new Sections(new Site(CONFIG, List.of(later, earlier), List.of(ADA), List.of(),
                java.time.Instant.EPOCH)).index())
                .containsExactly(later, earlier);
    }

    /** A piece of this type, in this column (or none), answering the article of this source (or none: ""). */
    private static Article piece(String slug, int day, WorkType type, Column column, String answers) {
        Article plain = article(slug, day, List.of(ADA), List.of());
        return new Article(plain.source(), plain.slug(), plain.url(), plain.title(), "", "", plain.date(), null,
                plain.authors(), List.of(), plain.body(), 10, null, ArticleState.PUBLISHED, List.of(), List.of(), type,
                column, new Kicker(column == null ? type.defaultLabel() : column.name(), ""), answers, "", List.of());
    }

    @Test
    void typesColumnsAndResponsesAreGroupedLettersOldestFirst() {
        Column night = new Column("night-bus", "Night Bus", "/columns/night-bus/");
        Column city = new Column("city-desk", "city desk", "/columns/city-desk/");
        Article opEd = piece("op-ed", 1, WorkType.OP_ED, null, "");
        Article firstLetter = piece("first-letter", 2, WorkType.LETTER, null, opEd.source());
        Article answer = piece("answer", 3, WorkType.GUEST_ESSAY, null, opEd.source());
        Article lateLetter = piece("late-letter", 4, WorkType.LETTER, null, opEd.source());
        Article nightOne = piece("night-one", 5, WorkType.COLUMN, night, "");
        Article cityOne = piece("city-one", 6, WorkType.COLUMN, city, "");
        Article nightTwo = piece("night-two", 7, WorkType.COLUMN, night, "");
        List<Article> newestFirst = List.of(nightTwo, cityOne, nightOne, lateLetter, answer, firstLetter, opEd);
        Sections sections = new Sections(new Site(CONFIG, newestFirst, List.of(ADA), List.of(),
                java.time.Instant.EPOCH));

        assertThat(sections.types()).containsExactly(WorkType.OP_ED, WorkType.COLUMN, WorkType.GUEST_ESSAY,
                WorkType.LETTER);
        assertThat(sections.of(WorkType.LETTER)).containsExactly(lateLetter, firstLetter);
        assertThat(sections.of(WorkType.EDITORIAL)).isEmpty();
        assertThat(sections.columns()).as("by name, whatever its case").containsExactly(city, night);
        assertThat(sections.of(night)).containsExactly(nightTwo, nightOne);
        assertThat(sections.responsesTo(opEd)).containsExactly(firstLetter, answer, lateLetter);
        assertThat(sections.responsesTo(answer)).isEmpty();
    }
}
