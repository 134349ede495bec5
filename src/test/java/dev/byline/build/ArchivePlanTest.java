package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.assemble.PublishingRules;
import dev.byline.assemble.Sections;
import dev.byline.model.Site;
import dev.byline.plan.PageRecipe;
import dev.byline.plan.PageTask;
import dev.byline.plan.RenderPlanner;
import dev.byline.plan.Task;
import dev.byline.source.SourceTree;
import dev.byline.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's and the corrections' tasks in the golden site's plan, shown as the preview shows it (drafts and
 * pieces dated after the build among its articles): what each lists, by key, of the published pieces alone.
 */
class ArchivePlanTest {

    private static Map<String, PageRecipe> recipes;

    @BeforeAll
    static void planTheGoldenSiteWithDraftsAndFuturePieces(@TempDir Path site) {
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        BuildRequest plain = TestSites.request(site, TestSites.theme(), site.resolve("site-out"));
        BuildRequest preview = new BuildRequest(plain.sourceDir(), plain.templatesDir(), plain.outputDir(),
                plain.cacheDir(), plain.workingDir(), null, false, new PublishingRules(true, true, TestSites.NOW));
        BuildResult result = new Pipeline(preview).render();
        assertThat(TestSites.formatted(result.diagnostics())).isEmpty();
        Site shown = result.rendered().site();
        assertThat(shown.articles()).anyMatch(article -> !article.isPublished());
        recipes = new RenderPlanner(shown, new Sections(shown), "theme").plan(new SourceTree(List.of())).tasks()
                .stream().filter(PageTask.class::isInstance).map(PageTask.class::cast)
                .collect(Collectors.toMap(Task::file, PageTask::page));
    }

    private static String source(String name) {
        return "content/articles/" + name + ".md";
    }

    @Test
    void theArchivesFirstPageCountsThePublishedPiecesOfEachMonthNewestFirst() {
        assertThat(recipes.get("articles/index.html")).isEqualTo(new PageRecipe.Archive(
                List.of("2025-03", "2025-02", "2025-01", "2024-11"), List.of(1, 4, 3, 1)));
    }

    @Test
    void aYearsPageListsThatYearsPublishedPiecesAndEveryYear() {
        assertThat(recipes.get("articles/2024/index.html")).isEqualTo(
                new PageRecipe.Year(2024, List.of(source("the-winter-ferry")), List.of(2025, 2024)));
        assertThat(((PageRecipe.Year) recipes.get("articles/2025/index.html")).articles())
                .hasSize(8).doesNotContain(source("draft"), source("scheduled"));
    }

    @Test
    void noYearHasAPageForPiecesNotYetPublished() {
        assertThat(recipes.keySet().stream().filter(file -> file.matches("articles/\\d{4}/index\\.html")))
                .containsExactlyInAnyOrder("articles/2025/index.html", "articles/2024/index.html");
    }

    @Test
    void theCorrectionsPageListsThePublishedPiecesWithCorrections() {
        assertThat(recipes.get("corrections/index.html")).isEqualTo(new PageRecipe.Corrections(
                List.of(source("ledger-of-errors"), source("the-winter-ferry"))));
    }
}
