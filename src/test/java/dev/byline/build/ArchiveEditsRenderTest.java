package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.output.OutputFile;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a serve session renders again of the archive and the corrections after an edit to an article: the year
 * page of a piece whose headline changed, not the other years' nor the archive's first page; the corrections page
 * and feed for a corrected piece. (That the result is right is {@code IncrementalBuildPropertiesTest}'s part.)
 */
class ArchiveEditsRenderTest {

    @TempDir
    Path site;

    private Pipeline pipeline;

    @BeforeEach
    void renderTheGoldenSiteOnce() {
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        pipeline = new Pipeline(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));
        assertThat(pipeline.render().succeeded()).isTrue();
    }

    private List<String> renderedAfter(String article, String from, String to) throws IOException {
        Path file = site.resolve("content/articles/" + article);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        BuildResult result = pipeline.render(List.of(file));
        assertThat(TestSites.formatted(result.diagnostics())).isEmpty();
        return result.rendered().delta().rendered().stream().map(OutputFile::file).toList();
    }

    @Test
    void aHeadlineRendersItsYearsPageAloneOfTheArchive() throws IOException {
        List<String> rendered = renderedAfter("hopper.md", "title: ", "title: Again, ");

        assertThat(rendered).contains("articles/hopper/index.html", "articles/2025/index.html");
        assertThat(rendered).doesNotContain("articles/2024/index.html", "articles/index.html",
                "corrections/index.html", "corrections/feed.xml");
    }

    @Test
    void aCorrectedPiecesHeadlineRendersItsYearAndTheCorrections() throws IOException {
        List<String> rendered = renderedAfter("the-winter-ferry.md", "title: \"The Winter Ferry\"",
                "title: \"The Ferry in Winter\"");

        assertThat(rendered).contains("articles/2024/index.html", "corrections/index.html", "corrections/feed.xml");
        assertThat(rendered).doesNotContain("articles/2025/index.html", "articles/index.html");
    }

    @Test
    void aCorrectionsTextRendersTheCorrectionsAndNoArchivePage() throws IOException {
        List<String> rendered = renderedAfter("the-winter-ferry.md", "It stops in November.",
                "It stops in the second week of November.");

        assertThat(rendered).contains("articles/the-winter-ferry/index.html", "corrections/index.html",
                "corrections/feed.xml");
        assertThat(rendered).noneMatch(file -> file.matches("articles/(\\d{4}/)?index\\.html"));
    }
}
