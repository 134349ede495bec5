package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.template.BuiltInTheme;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme shipped in Byline renders sites without a templates folder, and a folder overrides it file by file. */
class BuiltInThemeBuildTest {

    @TempDir
    Path temp;

    private Path site;
    private Path theme;

    @BeforeEach
    void copyTheGoldenContent() {
        site = temp.resolve("site");
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        theme = site.resolve("templates");
    }

    private BuildResult build(String output) {
        BuildRequest base = TestSites.request(site, theme, site.resolve(output));
        return TestSites.build(new BuildRequest(base.sourceDir(), theme, base.outputDir(), temp.resolve("cache"),
                base.workingDir(), null, false, base.rules()));
    }

    @Test
    void siteWithoutATemplatesFolderIsBuiltWithTheBuiltInThemeAndNoJavac() throws IOException {
        BuildResult result = build("site-out");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.built().stats().templatesCompiled()).isFalse();
        assertThat(temp.resolve("cache/jte")).doesNotExist();
        assertThat(site.resolve("site-out/assets/style.css"))
                .hasBinaryContent(BuiltInTheme.assets().get("assets/style.css"));
        assertThat(TestSites.tree(site.resolve("site-out")).keySet())
                .containsAll(TestSites.tree(TestSites.fixture("sites", "golden").resolve("expected")).keySet())
                .contains("assets/style.css", "assets/favicon.svg");
    }

    @Test
    void oneTemplateInTheFolderReplacesItsBuiltInNamesakeAndTheOthersStay() throws IOException {
        byte[] builtInIndex = renderedWithoutOverrides("index.html");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("404.jte"), "@import dev.byline.model.NotFoundPage\n@param NotFoundPage page\n"
                + "<!DOCTYPE html><html lang=\"en\"><title>Lost</title><p>Our own 404.</p></html>\n");

        BuildResult result = build("site-out");

        assertThat(result.built().stats().templatesCompiled()).isTrue();
        assertThat(site.resolve("site-out/404.html")).content(StandardCharsets.UTF_8).contains("Our own 404.");
        assertThat(site.resolve("site-out/index.html")).hasBinaryContent(builtInIndex);
    }

    @Test
    void anAssetInTheFolderReplacesTheBuiltInOneAndTheOthersAreStillCopied() throws IOException {
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/style.css"), "body { color: black; }\n");

        build("site-out");

        assertThat(site.resolve("site-out/assets/style.css")).hasContent("body { color: black; }");
        assertThat(site.resolve("site-out/assets/favicon.svg"))
                .hasBinaryContent(BuiltInTheme.assets().get("assets/favicon.svg"));
    }

    private byte[] renderedWithoutOverrides(String file) throws IOException {
        build("built-in-out");
        return Files.readAllBytes(site.resolve("built-in-out").resolve(file));
    }
}
