package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.model.Article;
import dev.byline.model.Site;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rendering after an edit starts from the last assembly when the edit leaves all that assembly reads alone. */
class ReassemblyTest {

    @TempDir
    Path site;
    private Path article;
    private Pipeline pipeline;

    @BeforeEach
    void golden() throws IOException {
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        article = site.resolve("content/articles/hopper.md");
        pipeline = new Pipeline(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));
    }

    private Site rendered(BuildResult result) {
        return result.rendered().site();
    }

    private Site fresh() {
        return rendered(new Pipeline(TestSites.request(site, TestSites.theme(), site.resolve("fresh"))).render());
    }

    @Test
    void anEditToAnArticlesTextAndHeadlineKeepsEveryOtherArticleRecordAndGivesTheSiteAFreshAssemblyGives()
            throws IOException {
        List<Article> before = rendered(pipeline.render()).articles();
        Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title: .*$", "title: A new headline")
                + "\nA sentence added.\n");

        Site after = rendered(pipeline.render(List.of(article)));

        assertThat(after).isEqualTo(fresh());
        for (int i = 0; i < before.size(); i++) {
            if (!after.articles().get(i).source().endsWith("hopper.md")) {
                assertThat(after.articles().get(i)).as("unchanged article %s", i).isSameAs(before.get(i));
            }
        }
        assertThat(after.articles()).extracting(Article::title).contains("A new headline");
    }

    @Test
    void anEditThatMovesAnArticleInTheOrderAssemblesTheWholeSite() throws IOException {
        rendered(pipeline.render());
        Files.writeString(article, Files.readString(article).replaceFirst("(?m)^date: .*$", "date: 2020-01-02"));

        assertThat(rendered(pipeline.render(List.of(article)))).isEqualTo(fresh());
    }
}
