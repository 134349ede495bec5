package dev.byline.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.byline.build.BuildRequest;
import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.check.SiteCheck;
import dev.byline.model.Page;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new site builds at once, with no warnings and nothing for {@code byline check} to say. */
class StarterSiteTest {

    /** The day before {@link TestSites#NOW}, so the example article is published. */
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    @TempDir
    Path site;

    private BuildRequest write(StarterSite starter) throws IOException {
        NewFiles.write(site, starter.files());
        return TestSites.request(site, site.resolve("templates"), site.resolve("site-out"));
    }

    @Test
    void aNewSiteBuildsItsExampleArticleWithNoWarningsAndTheBuiltInThemeUnchanged() throws IOException {
        BuildRequest request = write(new StarterSite("Night Desk", "Jane Doe", ZoneId.of("Europe/Paris"), TODAY));

        BuildResult built = TestSites.build(request);

        assertThat(TestSites.formatted(built.diagnostics())).isEmpty();
        assertThat(built.built().stats().articles()).isEqualTo(1);
        assertThat(built.built().stats().authors()).isEqualTo(1);
        assertThat(built.built().stats().templatesCompiled()).as("the built-in theme needs no javac").isFalse();
        assertThat(built.rendered().site().config().title()).isEqualTo("Night Desk");
        assertThat(built.rendered().site().config().timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(built.rendered().site().pages()).extracting(Page::slug, Page::title, Page::nav).containsExactly(
                tuple("about", "About", true), tuple("submit-an-op-ed", "Submit an Op-Ed", true));
        assertThat(built.rendered().site().pages().get(0).description())
                .isEqualTo("What Night Desk publishes, who decides, and how to write for it.");
        assertThat(built.rendered().site().pages().get(1).body().value())
                .contains("<h2 id=\"length\">Length</h2>", "<h2 id=\"exclusivity\">Exclusivity</h2>");
        assertThat(built.rendered().site().articles()).singleElement().satisfies(article -> {
            assertThat(article.authorNames()).isEqualTo("Jane Doe");
            assertThat(article.date().machine()).isEqualTo("2025-12-31");
            assertThat(article.tags()).extracting(tag -> tag.name()).containsExactly("community", "media");
            assertThat(article.description()).isNotEmpty();
            assertThat(article.body().value())
                    .contains("<h2", "<blockquote class=\"pull\">", "<a href=\"https://commonmark.org/help/\"");
        });
    }

    @Test
    void aNewSitePassesCheckWithoutAWarning() throws IOException, InterruptedException {
        BuildRequest request = write(new StarterSite("Night Desk", "Jane Doe", ZoneId.of("UTC"), TODAY));

        BuildResult rendered = new Pipeline(request).render();

        assertThat(rendered.succeeded()).isTrue();
        assertThat(TestSites.formatted(new SiteCheck(false).check(rendered.rendered()))).isEmpty();
    }

    @Test
    void aNewSiteKeepsTheBuiltInThemeAndHasAStaticFolderThatGitKeepsAndNothingPublishes() throws IOException {
        BuildRequest request = write(new StarterSite("Night Desk", "Jane Doe", ZoneId.of("UTC"), TODAY));

        BuildResult built = TestSites.build(request);

        assertThat(site.resolve("templates")).doesNotExist();
        assertThat(site.resolve("content/static/images")).isDirectory();
        assertThat(site.resolve("content/static/images/.gitkeep")).isEmptyFile();
        assertThat(TestSites.tree(site.resolve("site-out"))).isNotEmpty()
                .allSatisfy((file, bytes) -> assertThat(file).doesNotContain(".gitkeep"));
        assertThat(site.resolve(".gitignore")).content(StandardCharsets.UTF_8)
                .contains("site-out/", ".byline-cache/");
    }

    @Test
    void aTitleAndAuthorWithQuotesAndColonsAreReadBackAsGiven() throws IOException {
        BuildRequest request = write(new StarterSite("Opinion: \"The Desk\" #1", "Anne-Marie O'Neil",
                ZoneId.of("UTC"), TODAY));

        BuildResult built = TestSites.build(request);

        assertThat(TestSites.formatted(built.diagnostics())).isEmpty();
        assertThat(built.rendered().site().config().title()).isEqualTo("Opinion: \"The Desk\" #1");
        assertThat(built.rendered().site().authors()).singleElement().satisfies(author -> {
            assertThat(author.name()).isEqualTo("Anne-Marie O'Neil");
            assertThat(author.slug()).isEqualTo("anne-marie-oneil");
        });
    }

    @Test
    void anAuthorNameWithNoLatinLettersGetsAFileNameAllTheSame() throws IOException {
        StarterSite starter = new StarterSite("Desk", "山田太郎", ZoneId.of("UTC"), TODAY);
        BuildRequest request = write(starter);

        assertThat(starter.authorSlug()).isEqualTo("writer");
        assertThat(Files.exists(site.resolve("content/authors/writer.yaml"))).isTrue();
        assertThat(TestSites.formatted(TestSites.build(request).diagnostics())).isEmpty();
    }

    @Test
    void theDefaultTitleIsTheFolderNameInWords() {
        assertThat(StarterSite.defaultTitle("night-desk")).isEqualTo("Night Desk");
        assertThat(StarterSite.defaultTitle("mysite")).isEqualTo("Mysite");
        assertThat(StarterSite.defaultTitle("the_campus.opinion")).isEqualTo("The Campus Opinion");
        assertThat(StarterSite.defaultTitle("")).isEqualTo("Opinion");
    }
}
