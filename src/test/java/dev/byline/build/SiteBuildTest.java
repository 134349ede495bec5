package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {

    private static final Path GOLDEN = TestSites.fixture("sites", "golden");

    @Test
    void editedThemeIsCompiledOnceThenLoadedFromTheCache(@TempDir Path temp) throws IOException {
        Path theme = temp.resolve("templates");
        TestSites.copyTree(TestSites.theme(), theme);
        Path cache = temp.resolve("cache");
        BuildRequest base = TestSites.request(GOLDEN, theme, temp.resolve("out"));
        BuildRequest request = new BuildRequest(base.sourceDir(), theme, base.outputDir(), cache, base.workingDir(),
                null, false, base.rules());

        BuildResult unchangedCopy = TestSites.build(request);
        Files.writeString(theme.resolve("404.jte"), Files.readString(theme.resolve("404.jte")) + "\n");
        BuildResult afterEdit = TestSites.build(request);
        BuildResult intoAnotherFolder = TestSites.build(new BuildRequest(base.sourceDir(), theme,
                temp.resolve("out2"), cache, base.workingDir(), null, false, base.rules()));

        assertThat(unchangedCopy.built().stats().templatesCompiled()).as("an unchanged copy is the built-in theme").isFalse();
        assertThat(afterEdit.built().stats().templatesCompiled()).isTrue();
        assertThat(intoAnotherFolder.built().stats().templatesCompiled()).as("from the cache").isFalse();
        try (var fingerprints = Files.list(cache.resolve("jte"))) {
            assertThat(fingerprints.map(p -> p.getFileName().toString())).hasSize(1).noneMatch(n -> n.startsWith("compiling-"));
        }
    }

    @Test
    void successfulBuildReplacesTheWholeOutputFolder(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        TestSites.build(TestSites.request(GOLDEN, TestSites.theme(), output));
        Files.createDirectories(output.resolve("articles/removed-article"));
        Files.writeString(output.resolve("articles/removed-article/index.html"), "stale");

        BuildResult result = TestSites.build(TestSites.request(GOLDEN, TestSites.theme(), output));

        assertThat(result.succeeded()).isTrue();
        assertThat(output.resolve("articles/removed-article")).doesNotExist();
        assertThat(output.resolve("articles/hopper/index.html")).exists();
        try (var siblings = Files.list(temp)) { // the changed folder is no use as a spare: removed
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("site-out", ".site-out.byline-lock");
        }
    }

    @Test
    void outputFolderThatHoldsTheContentIsRefused(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        TestSites.copyTree(GOLDEN.resolve("content"), site.resolve("content"));

        BuildResult result = TestSites.build(TestSites.request(site, TestSites.theme(), site));

        assertThat(result.succeeded()).isFalse();
        assertThat(TestSites.formatted(result.diagnostics())).singleElement().asString()
                .contains("the output folder is replaced on every build, so it cannot hold the folder you work in");
        assertThat(site.resolve("content/site.yaml")).exists();
    }

    @Test
    void outputFolderWithSomeoneElsesFilesIsRefusedAndKept(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("docs");
        Files.createDirectories(output);
        Files.writeString(output.resolve("important.md"), "notes");

        BuildResult result = TestSites.build(TestSites.request(GOLDEN, TestSites.theme(), output));

        assertThat(TestSites.formatted(result.diagnostics())).singleElement().asString()
                .contains("docs: error: this folder was not made by Byline");
        assertThat(output.resolve("important.md")).hasContent("notes");
    }

    @Test
    void outputFolderThatIsAFileIsRefusedAndKept(@TempDir Path temp) throws IOException {
        Path output = Files.writeString(temp.resolve("notes.txt"), "notes");

        BuildResult result = TestSites.build(TestSites.request(GOLDEN, TestSites.theme(), output));

        assertThat(TestSites.formatted(result.diagnostics())).singleElement().asString()
                .contains("is a file, not a folder");
        assertThat(output).hasContent("notes");
    }

    @Test
    void outputFolderInsideTheContentIsRefused(@TempDir Path temp) {
        Path site = temp.resolve("site");
        TestSites.copyTree(GOLDEN.resolve("content"), site.resolve("content"));

        BuildResult result = TestSites.build(TestSites.request(site, TestSites.theme(),
                site.resolve("content/static/out")));

        assertThat(TestSites.formatted(result.diagnostics())).singleElement().asString()
                .contains("can neither hold nor sit inside content");
    }

    @Test
    void missingContentFolderIsAnErrorButAMissingThemeFolderIsNot(@TempDir Path temp) {
        BuildResult result = TestSites.build(TestSites.request(temp, temp.resolve("no-theme"), temp.resolve("out")));

        assertThat(TestSites.formatted(result.diagnostics())).containsExactly(
                "content: error: no site here: the content folder does not exist; run Byline in your site's folder, "
                        + "point --source at its content folder, or start a new site with byline init");
    }
}
