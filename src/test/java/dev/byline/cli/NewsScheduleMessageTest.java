package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.assemble.NewsChange;
import dev.byline.build.BuildStats;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsScheduleMessageTest {

    private static BuildStats stats(NewsChange change) {
        return new BuildStats(new BuildStats.Counts(1, 1, 1, 1), new BuildStats.Held(0, 0, 0),
                new BuildStats.Work(0, false, false), 1, List.of(), change);
    }

    @Test
    void saysInPlainWordsWhenAnArticleLeavesTheNewsSitemapInTheSitesZone() {
        ZonedDateTime at = ZonedDateTime.of(2025, 8, 17, 9, 30, 0, 0, ZoneId.of("America/New_York"));

        assertThat(BuildCommand.newsSchedule(stats(new NewsChange(at, false)))).isEqualTo("The news sitemap changes "
                + "on Sunday, August 17, 2025 at 09:30 EDT, when an article leaves its 48 hours: build again then.");
    }

    @Test
    void saysWhenAScheduledArticleIsPublished() {
        ZonedDateTime at = ZonedDateTime.of(2026, 1, 3, 7, 0, 0, 0, ZoneId.of("Europe/London"));

        assertThat(BuildCommand.newsSchedule(stats(new NewsChange(at, true)))).isEqualTo("The news sitemap changes "
                + "on Saturday, January 3, 2026 at 07:00 GMT, when a scheduled article is published: build again then.");
    }

    @Test
    void saysNoLaterBuildIsDueWhenNothingWillChange() {
        assertThat(BuildCommand.newsSchedule(stats(null)))
                .isEqualTo("The news sitemap changes only when an article is published: no later build is due.");
    }
}
