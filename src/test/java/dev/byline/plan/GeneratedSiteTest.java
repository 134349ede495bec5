package dev.byline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated site the property test edits has what a real op-ed site has, so the edits meet all of it. */
class GeneratedSiteTest {

    @Test
    void theGeneratedSiteBuildsWithLongListsCoWritersDraftsScheduledPiecesAndEveryArticleFeature(@TempDir Path temp) {
        GeneratedSite.writeTo(temp);
        BuildResult result = new Pipeline(TestSites.request(temp, temp.resolve("templates"),
                temp.resolve("site-out"))).render();

        assertThat(TestSites.formatted(result.diagnostics())).isEmpty();
        assertThat(result.built().stats().articles()).isGreaterThan(180);
        assertThat(result.built().stats().draftsHeld()).isGreaterThanOrEqualTo(3);
        assertThat(result.built().stats().scheduledHeld()).isGreaterThanOrEqualTo(3);
        assertThat(result.rendered().site().authors()).hasSize(GeneratedSite.WRITERS.size());
        assertThat(result.rendered().site().articles()).anyMatch(article -> article.authors().size() > 1);
        Map<String, byte[]> files = SiteOutputs.of(result);
        assertThat(files).containsKey("page/3/index.html");
        assertThat(files.keySet()).anyMatch(file -> file.matches("authors/[^/]+/page/3/index.html"))
                .anyMatch(file -> file.matches("tags/[^/]+/page/3/index.html"));
        String articlePages = files.entrySet().stream().filter(file -> file.getKey().startsWith("articles/"))
                .map(file -> new String(file.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertThat(articlePages).contains("<nav class=\"toc\"", "<aside class=\"corrections\"", "skyline.svg",
                "Updated");
    }
}
