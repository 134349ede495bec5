package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.output.OutputFile;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The preview's quick path for an edit to an article's text gives byte for byte the site a whole rendering gives,
 * and steps aside for every edit that shows elsewhere.
 */
class TextEditTest {

    @TempDir
    Path temp;

    /** The sample site (links relative to each page) and the golden one (root-relative links under a sub-path). */
    static Stream<String> sites() {
        return Stream.of("sample", "golden");
    }

    private Path copy(String site) {
        Path content = site.equals("sample") ? TestSites.repositoryRoot().resolve("content")
                : TestSites.fixture("sites", "golden").resolve("content");
        Path copy = temp.resolve(site);
        TestSites.copyTree(content, copy.resolve("content"));
        return copy;
    }

    private static BuildSession session(Path site) {
        return new BuildSession(TestSites.request(site, TestSites.theme(), site.resolve("site-out")));
    }

    /** A published article of the site, in the site's feed, on its author's and its tags' pages. */
    private static Path publishedArticle(Path site) {
        return site.resolve(site.getFileName().toString().equals("sample")
                ? "content/articles/bike-lanes-are-cheaper-than-parking.md" : "content/articles/hopper.md");
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        Files.writeString(file, change.apply(Files.readString(file)));
    }

    private static Map<String, String> contents(List<OutputFile> files) {
        Map<String, String> contents = new TreeMap<>();
        for (OutputFile file : files) {
            contents.put(file.file(), file instanceof OutputFile.Rendered rendered
                    ? new String(rendered.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                    : ((OutputFile.Copied) file).source().toString());
        }
        return contents;
    }

    @ParameterizedTest
    @MethodSource("sites")
    void aParagraphAddedToAnArticleGivesTheSiteAWholeRenderingGives(String name) throws IOException {
        Path site = copy(name);
        BuildSession session = session(site);
        assertThat(session.render().succeeded()).isTrue();
        Path article = publishedArticle(site);
        edit(article, text -> text + "\nA closing paragraph the writer added after a second thought.\n");

        BuildSession.Edit edit = session.renderEdited(List.of(article)).orElseThrow();

        assertThat(contents(edit.result().files())).isEqualTo(contents(session(site).render().files()));
        assertThat(edit.changed()).extracting(OutputFile::file)
                .anyMatch(file -> file.startsWith("articles/") && file.endsWith("/index.html"))
                .anyMatch(file -> file.startsWith("authors/") && file.endsWith("/feed.xml"))
                .allMatch(file -> file.startsWith("articles/") || file.endsWith("feed.xml") || file.equals("feed.json"));
        assertThat(contents(edit.changed()).values())
                .anyMatch(text -> text.contains("A closing paragraph the writer added"));
    }

    @ParameterizedTest
    @MethodSource("sites")
    void twoEditsInARowStillGiveTheSiteAWholeRenderingGives(String name) throws IOException {
        Path site = copy(name);
        BuildSession session = session(site);
        session.render();
        Path article = publishedArticle(site);

        edit(article, text -> text + "\nOne more thought.\n");
        assertThat(session.renderEdited(List.of(article))).isPresent();
        edit(article, text -> text + "\nAnd another.\n");
        BuildSession.Edit second = session.renderEdited(List.of(article)).orElseThrow();

        assertThat(contents(second.result().files())).isEqualTo(contents(session(site).render().files()));
    }

    @ParameterizedTest
    @MethodSource("sites")
    void editsThatShowOnOtherPagesTakeTheWholeRendering(String name) throws IOException {
        Path site = copy(name);
        BuildSession session = session(site);
        session.render();
        Path article = publishedArticle(site);
        String original = Files.readString(article);

        edit(article, text -> text.replaceFirst("(?m)^title: .*$", "title: \"A New Headline\""));
        assertThat(session.renderEdited(List.of(article))).as("headline").isEmpty();

        Files.writeString(article, original);
        session.render();
        edit(article, text -> text + "\n" + "Many more words to read. ".repeat(400) + "\n");
        assertThat(session.renderEdited(List.of(article))).as("reading time").isEmpty();

        Path config = site.resolve("content/site.yaml");
        assertThat(session.renderEdited(List.of(config))).as("not an article").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("sites")
    void aThemeThatShowsArticleTextInListsTakesTheWholeRendering(String name) throws IOException {
        Path site = copy(name);
        Path theme = site.resolve("templates");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("tag.jte"), Files.readString(TestSites.theme().resolve("tag.jte"))
                + "<!-- ${page.site().articles().get(0).body()} -->\n");
        BuildRequest base = TestSites.request(site, theme, site.resolve("site-out"));
        BuildSession session = new BuildSession(new BuildRequest(base.sourceDir(), theme, base.outputDir(),
                temp.resolve("cache"), base.workingDir(), null, false, base.rules()));
        assertThat(session.render().succeeded()).isTrue();
        Path article = publishedArticle(site);
        edit(article, text -> text + "\nA closing paragraph.\n");

        assertThat(session.renderEdited(List.of(article))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("sites")
    void articlePagesThatShowTheEditedArticleAsANeighbourAreRenderedToo(String name) throws IOException {
        Path site = copy(name);
        Path theme = Files.createDirectories(site.resolve("templates"));
        String article = Files.readString(TestSites.theme().resolve("article.jte"));
        assertThat(article).contains("${page.next().title()}");
        Files.writeString(theme.resolve("article.jte"), article.replace("${page.next().title()}",
                        "${page.next().title()} (${page.next().words()} words)")
                .replace("${page.previous().title()}", "${page.previous().title()} (${page.previous().words()} words)"));
        BuildRequest base = TestSites.request(site, theme, site.resolve("site-out"));
        BuildRequest request = new BuildRequest(base.sourceDir(), theme, base.outputDir(), temp.resolve("cache"),
                base.workingDir(), null, false, base.rules());
        BuildSession session = new BuildSession(request);
        assertThat(session.render().succeeded()).isTrue();
        Path edited = publishedArticle(site);
        edit(edited, text -> text + "\nThree more words.\n");

        BuildSession.Edit edit = session.renderEdited(List.of(edited)).orElseThrow();

        assertThat(contents(edit.result().files())).isEqualTo(contents(new BuildSession(request).render().files()));
    }
}
