package dev.byline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.byline.assemble.PublishingRules;
import dev.byline.assemble.PublishingRules.Verdict;
import dev.byline.build.BuildRequest;
import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden site holds an article in every state: published, draft, scheduled and expired. */
class CatalogTest {

    private static List<CatalogEntry> catalog(boolean drafts, boolean future) {
        Path golden = TestSites.fixture("sites", "golden");
        BuildRequest base = TestSites.request(golden, TestSites.theme(), golden.resolve("unused-output"));
        PublishingRules rules = new PublishingRules(drafts, future, TestSites.NOW);
        BuildRequest request = new BuildRequest(base.sourceDir(), base.templatesDir(), base.outputDir(),
                base.cacheDir(), base.workingDir(), null, false, rules);
        BuildResult rendered = new Pipeline(request).render();
        assertThat(rendered.succeeded()).isTrue();
        return Catalog.of(rendered.rendered(), rules);
    }

    @Test
    void everyArticleIsThereNewestFirstWithWhatAPlainBuildMakesOfIt() {
        assertThat(catalog(false, false))
                .extracting(CatalogEntry::title, CatalogEntry::state, CatalogEntry::verdict)
                .containsExactly(
                        tuple("From the Future", Verdict.SCHEDULED, Verdict.SCHEDULED),
                        tuple("Café Society Needs Better Coffee", Verdict.PUBLISH, Verdict.PUBLISH),
                        tuple("A Joint Note on the Engine Shed", Verdict.PUBLISH, Verdict.PUBLISH),
                        tuple("Fix the Clock Tower", Verdict.PUBLISH, Verdict.PUBLISH),
                        tuple("Ledgers Deserve Errata, Too", Verdict.PUBLISH, Verdict.PUBLISH),
                        tuple("A Ledger of Errors", Verdict.PUBLISH, Verdict.PUBLISH),
                        tuple("The Night Bus Knows the City Best", Verdict.PUBLISH, Verdict.PUBLISH),
                        tuple("Maps for Everyone", Verdict.PUBLISH, Verdict.PUBLISH),
                        tuple("Debugging, Literally", Verdict.PUBLISH, Verdict.PUBLISH),
                        tuple("A Time-Limited Offer", Verdict.EXPIRED, Verdict.EXPIRED),
                        tuple("Not Ready", Verdict.DRAFT, Verdict.DRAFT),
                        tuple("The Winter Ferry", Verdict.PUBLISH, Verdict.PUBLISH));
    }

    @Test
    void aDraftRenderedWithDraftsIsPublishedThereAndStillADraft() {
        assertThat(catalog(true, false)).filteredOn(entry -> entry.title().equals("Not Ready"))
                .singleElement().satisfies(draft -> {
                    assertThat(draft.state()).isEqualTo(Verdict.DRAFT);
                    assertThat(draft.verdict()).isEqualTo(Verdict.PUBLISH);
                });
    }

    @Test
    void entriesCarryTheirWritersNamesWordsAndFile() {
        assertThat(catalog(false, false)).filteredOn(entry -> entry.title().equals("A Ledger of Errors"))
                .singleElement().satisfies(ledger -> {
                    assertThat(ledger.authors()).containsExactly("Ada Byron", "Grace Hopper");
                    assertThat(ledger.words()).isPositive();
                    assertThat(ledger.file()).endsWith("content/articles/ledger-of-errors.md");
                    assertThat(ledger.date().machine()).isEqualTo("2025-02-10");
                });
    }
}
