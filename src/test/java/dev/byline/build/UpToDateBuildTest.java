package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.assemble.PublishingRules;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build whose inputs and output are as the last build left them does nothing and says so. */
class UpToDateBuildTest {

    @TempDir
    Path temp;

    private Path site;
    private Path output;

    @BeforeEach
    void copyTheGoldenSite() {
        site = temp.resolve("site");
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        output = site.resolve("site-out");
    }

    private BuildRequest request(Instant now) {
        BuildRequest base = TestSites.request(site, TestSites.theme(), output);
        return new BuildRequest(base.sourceDir(), base.templatesDir(), base.outputDir(), temp.resolve("cache"),
                base.workingDir(), null, false, new PublishingRules(false, false, now));
    }

    @Test
    void secondBuildWithNothingChangedDoesNothingAndRepeatsTheSummaryAndWarnings() throws IOException {
        Files.writeString(site.resolve("content/articles/notes.txt"), "not an article"); // warned as ignored
        BuildResult first = TestSites.build(request(TestSites.NOW));
        Map<String, byte[]> written = TestSites.tree(output);

        BuildResult second = TestSites.build(request(TestSites.NOW));

        assertThat(first.built().stats().upToDate()).isFalse();
        assertThat(second.built().stats().upToDate()).isTrue();
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics()).isNotEmpty();
        assertThat(second.built().stats().articles()).isEqualTo(first.built().stats().articles());
        assertThat(second.built().stats().pages()).isEqualTo(first.built().stats().pages());
        assertThat(second.built().stats().files()).isEqualTo(first.built().stats().files());
        assertThat(TestSites.tree(output).keySet()).isEqualTo(written.keySet());
    }

    @Test
    void anEditedArticleIsBuiltAndOnlyTheFilesThatChangedAreWritten() throws IOException {
        TestSites.build(request(TestSites.NOW));
        Path article = site.resolve("content/articles/hopper.md");
        Files.writeString(article, Files.readString(article) + "\nA sentence added after the first build.\n");

        BuildResult next = TestSites.build(request(TestSites.NOW));

        assertThat(next.built().stats().upToDate()).isFalse();
        assertThat(next.built().stats().filesUnchanged()).isPositive().isLessThan(next.built().stats().files());
        assertThat(output.resolve("articles/hopper/index.html")).content()
                .contains("A sentence added after the first build.");
    }

    @Test
    void whenAScheduledArticlesDateHasPassedTheSiteIsBuiltAgainAndPublishesIt() {
        BuildResult before = TestSites.build(request(TestSites.NOW));
        assertThat(TestSites.build(request(TestSites.NOW)).built().stats().upToDate()).isTrue();

        BuildResult after = TestSites.build(request(Instant.parse("2099-01-02T00:00:00Z")));

        assertThat(after.built().stats().upToDate()).isFalse();
        assertThat(after.built().stats().articles()).isEqualTo(before.built().stats().articles() + 1);
        assertThat(after.built().stats().scheduledHeld()).isZero();
        assertThat(output.resolve("articles/scheduled/index.html")).exists();
    }

    @Test
    void whenAnArticleLeavesTheNewsSitemapsTwoDaysTheSiteIsBuiltAgainWithoutIt() throws IOException {
        Files.writeString(site.resolve("content/articles/fresh.md"), "---\ntitle: Fresh\ndate: 2025-12-31T23:00:00Z"
                + "\nauthor: Ada Byron\n---\nJust in.\n");
        BuildResult first = TestSites.build(request(TestSites.NOW));
        assertThat(output.resolve("news-sitemap.xml")).content().contains("/articles/fresh/");
        assertThat(first.built().stats().newsChange()).hasValueSatisfying(change -> {
            assertThat(change.enters()).isFalse();
            assertThat(change.at().toInstant()).isEqualTo(Instant.parse("2026-01-02T23:00:00Z"));
            assertThat(change.at().getZone()).hasToString("Europe/London");
        });

        BuildResult justBefore = TestSites.build(request(Instant.parse("2026-01-02T22:59:59Z")));
        BuildResult after = TestSites.build(request(Instant.parse("2026-01-02T23:00:00Z")));

        assertThat(justBefore.built().stats().upToDate()).isTrue();
        assertThat(after.built().stats().upToDate()).isFalse();
        assertThat(output.resolve("news-sitemap.xml")).content().doesNotContain("/articles/fresh/")
                .contains("<urlset");
        assertThat(after.built().stats().newsChange()).hasValueSatisfying(change -> {
            assertThat(change.enters()).isTrue(); // the golden site's scheduled piece, in 2099
            assertThat(change.at().getYear()).isEqualTo(2099);
        });
    }

    @Test
    void aPageDeletedFromTheOutputIsWrittenAgain() throws IOException {
        TestSites.build(request(TestSites.NOW));
        byte[] page = Files.readAllBytes(output.resolve("articles/hopper/index.html"));
        Files.delete(output.resolve("articles/hopper/index.html"));

        BuildResult next = TestSites.build(request(TestSites.NOW));

        assertThat(next.built().stats().upToDate()).isFalse();
        assertThat(output.resolve("articles/hopper/index.html")).hasBinaryContent(page);
    }

    @Test
    void buildingWithOtherFlagsIsNotUpToDate() {
        TestSites.build(request(TestSites.NOW));
        BuildRequest base = request(TestSites.NOW);
        BuildRequest withDrafts = new BuildRequest(base.sourceDir(), base.templatesDir(), base.outputDir(),
                base.cacheDir(), base.workingDir(), null, false, new PublishingRules(true, false, TestSites.NOW));

        BuildResult next = TestSites.build(withDrafts);

        assertThat(next.built().stats().upToDate()).isFalse();
        assertThat(output.resolve("articles/draft/index.html")).exists();
    }

    @Test
    void aStaticFileReachedThroughALinkIsCopiedAgainWhenTheFileChanges() throws IOException {
        Path shared = Files.createDirectories(site.resolve("content/static/brand"));
        Files.writeString(shared.resolve("logo.svg"), "<svg>old</svg>");
        Files.createSymbolicLink(site.resolve("content/static/logo.svg"), Path.of("brand/logo.svg"));
        TestSites.build(request(TestSites.NOW));

        Files.writeString(shared.resolve("logo.svg"), "<svg>the new logo</svg>");
        BuildResult second = TestSites.build(request(TestSites.NOW));
        BuildResult third = TestSites.build(request(TestSites.NOW));

        assertThat(second.built().stats().upToDate()).isFalse();
        assertThat(third.built().stats().upToDate()).isTrue();
        assertThat(output.resolve("logo.svg")).hasContent("<svg>the new logo</svg>");
        assertThat(output.resolve("brand/logo.svg")).hasContent("<svg>the new logo</svg>");
    }
}
