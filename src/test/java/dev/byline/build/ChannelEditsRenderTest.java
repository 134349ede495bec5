package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.assemble.PublishingRules;
import dev.byline.output.OutputFile;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What renders again for the RSS feed and the news sitemap: an article's edit renders rss.xml again, and a build
 * whose clock has moved an article out of the news sitemap's 48 hours renders news-sitemap.xml again, though no
 * file changed. (That the result is right is {@code IncrementalBuildPropertiesTest}'s part.)
 */
class ChannelEditsRenderTest {

    private static final Instant AN_HOUR_AFTER = Instant.parse("2025-12-31T23:00:00Z");

    @TempDir
    Path site;

    private Path fresh;

    @BeforeEach
    void addARecentArticleToTheGoldenSite() throws IOException {
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        fresh = site.resolve("content/articles/fresh.md");
        Files.writeString(fresh, "---\ntitle: Fresh\ndate: 2025-12-31T22:00:00Z\nauthor: Ada Byron\n---\nJust in.\n");
    }

    private Pipeline pipeline(Instant now) {
        BuildRequest base = TestSites.request(site, TestSites.theme(), site.resolve("site-out"));
        return new Pipeline(new BuildRequest(base.sourceDir(), base.templatesDir(), base.outputDir(),
                base.cacheDir(), base.workingDir(), null, false, new PublishingRules(false, false, now)));
    }

    private static List<String> rendered(BuildResult result) {
        assertThat(TestSites.formatted(result.diagnostics())).isEmpty();
        return result.rendered().delta().rendered().stream().map(OutputFile::file).toList();
    }

    @Test
    void anArticlesTextRendersTheRssFeedAgainButNotTheNewsSitemap() throws IOException {
        Pipeline pipeline = pipeline(TestSites.NOW);
        assertThat(pipeline.render().succeeded()).isTrue();
        Files.writeString(fresh, Files.readString(fresh) + "\nOne more line.\n");

        List<String> files = rendered(pipeline.render(List.of(fresh)));

        assertThat(files).contains("rss.xml", "feed.xml", "articles/fresh/index.html")
                .doesNotContain("news-sitemap.xml", "robots.txt");
    }

    @Test
    void aRecentArticlesHeadlineRendersTheNewsSitemapAgain() throws IOException {
        Pipeline pipeline = pipeline(TestSites.NOW);
        assertThat(pipeline.render().succeeded()).isTrue();
        Files.writeString(fresh, Files.readString(fresh).replace("title: Fresh", "title: Fresher"));

        assertThat(rendered(pipeline.render(List.of(fresh)))).contains("news-sitemap.xml", "rss.xml");
    }

    @Test
    void aBuildAfterAnArticleLeftTheTwoDaysRendersTheNewsSitemapAgainFromTheLastRendering() {
        Pipeline first = pipeline(AN_HOUR_AFTER);
        assertThat(first.render().succeeded()).isTrue();
        Pipeline stillInside = pipeline(AN_HOUR_AFTER.plusSeconds(3600));
        stillInside.resume(first.lastRendering().orElseThrow());
        Pipeline outside = pipeline(Instant.parse("2026-01-02T22:00:00Z"));
        outside.resume(first.lastRendering().orElseThrow());

        assertThat(rendered(stillInside.render())).doesNotContain("news-sitemap.xml");
        BuildResult later = outside.render();
        assertThat(rendered(later)).contains("news-sitemap.xml");
        OutputFile news = later.rendered().files().stream().filter(file -> file.file().equals("news-sitemap.xml"))
                .findFirst().orElseThrow();
        assertThat(new String(((OutputFile.Rendered) news).bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("/articles/fresh/");
    }
}
