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
        return new SiteConfig("The Review", "", "https://example.org/", "en", NEW_YORK, 10, "Review Media", false,
                "Opinion", "", 20, false, "", "", copyright, ThemeSettings.DEFAULT, "");
    }

    private static Article publishedOn(ZonedDateTime date) {
        return new Article("content/articles/a.md", "a", "/articles/a/", "Title", "", "Summary",
                new ArticleDate(date, true), null, List.of(), List.of(), new Html("<p>x</p>"), 1, null, false,
                List.of(), List.of());
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
}
