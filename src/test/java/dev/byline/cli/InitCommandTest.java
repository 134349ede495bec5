package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    private final CommandRun byline = new CommandRun();

    @TempDir
    Path temp;

    @Test
    void initWritesASiteThatBuildsAtOnceWithoutAWarning() {
        Path site = temp.resolve("night-desk");

        assertThat(byline.run("init", site.toString())).isZero();
        assertThat(byline.err()).isEmpty();
        assertThat(byline.out()).contains("Started \"Night Desk\" in " + site, "content/site.yaml",
                "content/authors/jane-doe.yaml", "content/static/images/", "cd " + site, "byline serve",
                "byline new \"Your Headline\"");

        CommandRun build = new CommandRun();
        assertThat(build.run("build", "--source", site.resolve("content").toString(),
                "--templates", TestSites.theme().toString(), "--cache-dir", temp.resolve("cache").toString(),
                "--output", site.resolve("site-out").toString())).isZero();
        assertThat(build.err()).isEmpty();
        assertThat(build.out()).startsWith("Built 1 article, 1 author,");
    }

    @Test
    void initLeavesTheThemeBuiltInAndSaysWhereToCopyATemplateFrom() {
        assertThat(byline.run("init", temp.toString())).isZero();

        assertThat(temp.resolve("templates")).doesNotExist();
        assertThat(byline.out()).doesNotContain("templates/ (the theme")
                .contains("The theme is built in. To change a template, copy just that file into a templates/ folder"
                        + System.lineSeparator() + "here and edit it; the others stay built in. The theme's files are "
                        + "in " + TestSites.theme() + "/");
    }

    @Test
    void titleAndAuthorAreTakenFromTheCommandLine() throws IOException {
        assertThat(byline.run("init", temp.toString(), "--title", "The Campus Opinion", "--author", "Maren Okafor"))
                .isZero();

        assertThat(temp.resolve("content/site.yaml")).content().contains("title: \"The Campus Opinion\"");
        assertThat(temp.resolve("content/authors/maren-okafor.yaml")).content().contains("name: \"Maren Okafor\"");
        assertThat(Files.readString(temp.resolve(
                "content/articles/why-every-community-needs-an-opinion-page.md"))).contains("author: maren-okafor");
    }

    @Test
    void initRefusesWhenAnyFileExistsNamesThemAndWritesNothing() throws IOException {
        Files.writeString(temp.resolve(".gitignore"), "my own rules\n");
        Files.createDirectories(temp.resolve("content"));
        Files.writeString(temp.resolve("content/site.yaml"), "title: Mine\n");

        assertThat(byline.run("init", temp.toString())).isEqualTo(1);

        assertThat(byline.err()).contains(".gitignore, content/site.yaml", "nothing was written");
        assertThat(byline.out()).isEmpty();
        assertThat(TestSites.tree(temp)).containsOnlyKeys(".gitignore", "content/site.yaml");
        assertThat(temp.resolve(".gitignore")).hasContent("my own rules");
    }

    @Test
    void initOfAFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");

        assertThat(byline.run("init", file.toString())).isEqualTo(1);
        assertThat(byline.err()).contains("notes.txt is a file");
    }

    @Test
    void initInsideAFileSaysSoInWordsWithoutAJavaClassName() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");

        assertThat(byline.run("init", file.resolve("blog").toString())).isEqualTo(1);
        assertThat(byline.err().strip()).isEqualTo("byline: error: cannot write the new site: "
                + file.resolve("blog") + ": it is not a folder");
    }

    @Test
    void aBlankTitleOrAuthorIsAUsageErrorAndNothingIsWritten() {
        assertThat(byline.run("init", temp.toString(), "--title", " ")).isEqualTo(2);
        assertThat(byline.run("init", temp.toString(), "--author", "")).isEqualTo(2);

        assertThat(byline.err()).contains("--title is blank", "--author is blank");
        assertThat(TestSites.tree(temp)).isEmpty();
    }
}
