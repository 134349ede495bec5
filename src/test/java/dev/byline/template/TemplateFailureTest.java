package dev.byline.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.diag.Diagnostics;
import dev.byline.metadata.PageMetadata;
import dev.byline.model.Article;
import dev.byline.model.ArticlePage;
import dev.byline.model.Site;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.testing.TestSites;
import gg.jte.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that fails while rendering is reported at its own line, named as the site's file or the built-in one. */
class TemplateFailureTest {

    @TempDir
    Path temp;

    /** An article page without its article: article.jte fails inside the content block it hands to layout.jte. */
    private static ArticlePage pageWithoutArticle() {
        BuildResult golden = new Pipeline(TestSites.request(TestSites.fixture("sites", "golden"), TestSites.theme(),
                Path.of("unused"))).render();
        Site site = golden.rendered().site();
        return new ArticlePage(site, null, null, null, List.of(), null, List.of(),
                new PageMetadata(site.config()).notFound());
    }

    private static String failure(Templates templates) {
        try {
            templates.render("article.jte", pageWithoutArticle());
        } catch (TemplateException e) {
            return templates.diagnose(e).format();
        }
        throw new AssertionError("the page rendered");
    }

    @Test
    void aFailureInTheBuiltInThemeIsReportedAtTheBuiltInTemplatesLine() {
        Templates builtIn = Templates.load("templates", List.of(), temp.resolve("cache"), new Diagnostics())
                .orElseThrow();

        assertThat(failure(builtIn)).matches("built-in theme/article\\.jte:\\d+: error: the template failed: .*");
    }

    @Test
    void aMissingValueIsSaidInWordsWithoutAJavaClassName() {
        Templates builtIn = Templates.load("templates", List.of(), temp.resolve("cache"), new Diagnostics())
                .orElseThrow();

        assertThat(failure(builtIn)).matches("built-in theme/article\\.jte:\\d+: error: the template failed: "
                + "a value was missing \\(null\\): article");
    }

    @Test
    void aTemplateThatCannotBeReadIsReportedAtItsFileInWords() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("templates/article.jte"));
        Diagnostics diagnostics = new Diagnostics();

        assertThat(Templates.load("templates",
                List.of(new SourceFile(SourceKind.TEMPLATE, folder, "templates/article.jte", "article.jte")),
                temp.resolve("cache"), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(diagnostic -> diagnostic.format())
                .containsExactly("templates/article.jte: error: cannot be read (it is a folder, not a file)");
    }

    @Test
    void aFailureInABuiltInPartialIsReportedAtThePartialsOwnPath() {
        Templates builtIn = Templates.load("templates", List.of(), temp.resolve("cache"), new Diagnostics())
                .orElseThrow();
        ArticlePage page = pageWithoutArticle();
        Article good = page.site().articles().get(0);
        Article withoutState = new Article(good.source(), good.slug(), good.url(), good.title(), good.description(),
                good.summary(), good.date(), good.updated(), good.authors(), good.tags(), good.body(), good.words(),
                good.image(), null, good.corrections(), good.toc(), good.type(), good.column(),
                good.kicker(), good.inResponseTo(), good.canonical(), List.of());
        ArticlePage relatedFails = new ArticlePage(page.site(), good, null, null, List.of(withoutState), null,
                List.of(), page.meta());

        try {
            builtIn.render("article.jte", relatedFails);
            throw new AssertionError("the page rendered");
        } catch (TemplateException e) {
            assertThat(builtIn.diagnose(e).format())
                    .matches("built-in theme/partials/articles\\.jte:\\d+: error: the template failed: .*");
        }
    }

    @Test
    void aFailureInTheSitesOwnTemplateIsReportedAtItsFile() throws IOException {
        Path theme = Files.createDirectories(temp.resolve("templates"));
        Path article = Files.writeString(theme.resolve("article.jte"),
                Files.readString(TestSites.theme().resolve("article.jte")));
        Templates siteTheme = Templates.load("templates",
                        List.of(new SourceFile(SourceKind.TEMPLATE, article, "templates/article.jte", "article.jte")),
                        temp.resolve("cache"), new Diagnostics())
                .orElseThrow();

        assertThat(failure(siteTheme)).matches("templates/article\\.jte:\\d+: error: the template failed: .*");
    }
}
