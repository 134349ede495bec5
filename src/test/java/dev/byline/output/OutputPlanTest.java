package dev.byline.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputPlanTest {

    private static OutputFile rendered(String file, String template) {
        return new OutputFile.Rendered(file, template, new byte[0]);
    }

    private static OutputFile copied(String file) {
        return new OutputFile.Copied(file, "content/static/" + file, Path.of("content/static").resolve(file));
    }

    private static List<String> check(OutputFile... files) {
        Diagnostics diagnostics = new Diagnostics();
        OutputPlan.checkCollisions(List.of(files), diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void distinctPathsDoNotCollide() {
        assertThat(check(rendered("index.html", "index.jte"), rendered("articles/a/index.html", "article.jte"),
                rendered("articles/ab/index.html", "article.jte"), copied("articles/a/photo.jpg"),
                copied("articles.txt"))).isEmpty();
    }

    @Test
    void twoFilesForOnePathAreAnError() {
        assertThat(check(rendered("articles/a/index.html", "article.jte"), copied("articles/a/index.html")))
                .containsExactly("content/static/articles/a/index.html: error: would be written to "
                        + "articles/a/index.html, which article.jte also writes; rename or move one of them");
    }

    @Test
    void theUsersFileIsBlamedWhicheverComesFirst() {
        assertThat(check(copied("feed.xml"), rendered("feed.xml", "feed")))
                .containsExactly("content/static/feed.xml: error: would be written to feed.xml, which feed also "
                        + "writes; rename or move one of them");
    }

    @Test
    void pathsThatDifferOnlyInCaseCollide() {
        assertThat(check(rendered("about/index.html", "article.jte"), copied("About/Index.html")))
                .containsExactly("content/static/About/Index.html: error: would be written to About/Index.html, "
                        + "which article.jte also writes; rename or move one of them");
    }

    @Test
    void twoRenderedFilesForOnePathAreAnError() {
        assertThat(check(rendered("tags/x/index.html", "tag.jte"), rendered("tags/x/index.html", "article.jte")))
                .hasSize(1).allMatch(message -> message.contains("error: would be written to tags/x/index.html"));
    }

    @Test
    void aFileWhereAFolderIsNeededIsAnError() {
        assertThat(check(copied("tags"), rendered("tags/cities/index.html", "tag.jte")))
                .containsExactly("content/static/tags: error: is a file where tag.jte needs the folder tags; "
                        + "rename or move one of them");
    }

    @Test
    void aFileWhereAFolderIsNeededIsFoundIgnoringCase() {
        assertThat(check(copied("Tags"), rendered("tags/cities/index.html", "tag.jte")))
                .containsExactly("content/static/Tags: error: is a file where tag.jte needs the folder tags; "
                        + "rename or move one of them");
    }

    @Test
    void aFileDeepInThePathIsFound() {
        assertThat(check(copied("tags/cities"), rendered("tags/cities/page/2/index.html", "tag.jte")))
                .singleElement().asString()
                .startsWith("content/static/tags/cities: error: is a file where tag.jte needs the folder tags/cities");
    }

    @Test
    void userFileUnderARenderedFileIsNotCalledTheFile() {
        List<String> messages = check(rendered("feed.xml", "feed"), copied("feed.xml/logo.png"));

        assertThat(messages).singleElement().asString()
                .startsWith("content/static/feed.xml/logo.png: error: ")
                .contains("feed.xml")
                .doesNotContain("is a file where feed needs the folder");
    }
}
