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
 * What a serve session renders again after an edit to a page of {@code content/pages/}: its own page for its text,
 * every page when the navigation's link to it changes. (That the result is right is
 * {@code IncrementalBuildPropertiesTest}'s part; this is about how little is rendered.)
 */
class PageEditsRenderTest {

    @TempDir
    Path site;

    private Pipeline pipeline;
    private Path about;

    @BeforeEach
    void renderTheGoldenSiteOnce() {
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        pipeline = new Pipeline(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));
        assertThat(pipeline.render().succeeded()).isTrue();
        about = site.resolve("content/pages/about.md");
    }

    private List<String> renderedAfter(String from, String to) throws IOException {
        Files.writeString(about, Files.readString(about).replace(from, to));
        BuildResult result = pipeline.render(List.of(about));
        assertThat(TestSites.formatted(result.diagnostics())).isEmpty();
        return result.rendered().delta().rendered().stream().map(OutputFile::file).toList();
    }

    @Test
    void aPagesTextRendersThatPageAlone() throws IOException {
        assertThat(renderedAfter("is a small fixture site.", "is a small fixture site, and proud of it."))
                .containsExactly("about/index.html");
    }

    @Test
    void aNavPagesTitleRendersEveryHtmlPageAndNothingElse() throws IOException {
        List<String> rendered = renderedAfter("title: About the Gazette", "title: About Us");

        assertThat(rendered).contains("about/index.html", "index.html", "masthead/index.html", "404.html",
                "articles/hopper/index.html");
        assertThat(rendered).allMatch(file -> file.endsWith(".html"));
    }
}
