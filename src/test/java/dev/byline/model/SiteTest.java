package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant BUILT_IN_2031 = Instant.parse("2031-06-01T00:00:00Z");

    private static SiteConfig config(String copyright) {
        return SiteConfigs.standard().withTitle("The Review").withTimezone(NEW_YORK).withPublisher("Review Media")
                .withCopyright(copyright).build();
    }

    private static Article publishedOn(ZonedDateTime date) {
        return inState(ArticleState.PUBLISHED, date);
    }

    private static Article inState(ArticleState state, ZonedDateTime date) {
        return new Article("content/articles/a.md", "a", "/articles/a/", "Title", "", "Summary",
                new ArticleDate(date, true), null, List.of(), List.of(), new Html("<p>x</p>"), 1, null, state,
                List.of(), List.of(), WorkType.OP_ED, null,
                new Kicker("Opinion", ""), "", "", List.of());
    }

    private static Site site(SiteConfig config, List<Article> newestFirst) {
        return new Site(config, newestFirst, List.of(), List.of(), BUILT_IN_2031);
    }

    @Test
    void copyrightDefaultsToTheNewestArticlesYearInTheSitesZoneAndThePublisher() {
        Article newYearsEveInNewYork = publishedOn(ZonedDateTime.of(2024, 12, 31, 22, 0, 0, 0, NEW_YORK));
        Article older = publishedOn(ZonedDateTime.of(2023, 5, 1, 9, 0, 0, 0, NEW_YORK));

        assertThat(site(config(""), List.of(newYearsEveInNewYork, older)).copyright())
                .isEqualTo("© 2024 Review Media");
    }

    @Test
    void copyrightWithoutArticlesIsThePublisherAlone() {
        assertThat(site(config(""), List.of()).copyright()).isEqualTo("© Review Media");
    }

    @Test
    void copyrightFromSiteYamlIsUsedAsWritten() {
        Article article = publishedOn(ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK));

        assertThat(site(config("© 1998–2025 Review Media. Some rights reserved."), List.of(article)).copyright())
                .isEqualTo("© 1998–2025 Review Media. Some rights reserved.");
    }

    @Test
    void leadStoryIsTheNewestArticleAPlainBuildPublishes() {
        Article scheduled = inState(ArticleState.SCHEDULED, ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, NEW_YORK));
        Article draft = inState(ArticleState.DRAFT, ZonedDateTime.of(2025, 12, 1, 9, 0, 0, 0, NEW_YORK));
        Article published = publishedOn(ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK));

        assertThat(site(config(""), List.of(scheduled, draft, published)).lead()).isSameAs(published);
    }

    @Test
    void aSiteOfDraftsAloneHasNoLeadStoryAndNoCopyrightYear() {
        Site preview = site(config(""), List.of(inState(ArticleState.DRAFT,
                ZonedDateTime.of(2025, 12, 1, 9, 0, 0, 0, NEW_YORK))));

        assertThat(preview.lead()).isNull();
        assertThat(preview.copyright()).isEqualTo("© Review Media");
    }

    @Test
    void copyrightYearIsTheNewestPublishedArticlesNeverADraftsOrAScheduledPieces() {
        Article scheduled = inState(ArticleState.SCHEDULED, ZonedDateTime.of(2027, 1, 5, 9, 0, 0, 0, NEW_YORK));
        Article draft = inState(ArticleState.DRAFT, ZonedDateTime.of(2026, 2, 1, 9, 0, 0, 0, NEW_YORK));
        Article published = publishedOn(ZonedDateTime.of(2025, 8, 15, 9, 0, 0, 0, NEW_YORK));

        assertThat(site(config(""), List.of(scheduled, draft, published)).copyright())
                .isEqualTo("© 2025 Review Media");
    }
}
