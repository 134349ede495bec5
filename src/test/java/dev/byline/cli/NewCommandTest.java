package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code byline new} in a site made by {@code byline init}, whose registry has one writer, Jane Doe. */
class NewCommandTest {

    private final CommandRun byline = new CommandRun();

    @TempDir
    Path site;

    private Path content;

    @BeforeEach
    void startASite() throws IOException {
        assertThat(new CommandRun().run("init", site.toString())).isZero();
        content = site.resolve("content");
        // a zone far from the machine's, so that today there and here may differ
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                .replaceFirst("timezone: .*", "timezone: Pacific/Kiritimati"));
    }

    private int runNew(String... args) {
        String[] withSource = new String[args.length + 3];
        withSource[0] = "new";
        withSource[1] = "--source";
        withSource[2] = content.toString();
        System.arraycopy(args, 0, withSource, 3, args.length);
        return byline.run(withSource);
    }

    private String article(String slug) throws IOException {
        return Files.readString(content.resolve("articles/" + slug + ".md"));
    }

    private CommandRun build() {
        CommandRun build = new CommandRun();
        build.run("build", "--drafts", "--source", content.toString(), "--templates", TestSites.theme()
                .toString(), "--cache-dir", site.resolve("cache").toString(), "--output", site.resolve("out")
                .toString());
        return build;
    }

    @Test
    void newWritesTheArticleDatedTodayInTheSitesZoneByTheOnlyWriterAndPrintsItsPath() throws IOException {
        assertThat(runNew("Why Our Town Needs a Night Bus", "--tags", "transport,cities")).isZero();

        Path file = content.resolve("articles/why-our-town-needs-a-night-bus.md");
        assertThat(byline.out()).isEqualTo(file + System.lineSeparator());
        assertThat(byline.err()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: "Why Our Town Needs a Night Bus"
                date: %s
                author: jane-doe
                description: ""         # one sentence for the index, search engines and social cards
                tags: [transport, cities]
                # image:                 # a lead image, also the social card: remove the "# " before the lines you use
                #   src: /images/photo.jpg       # a file in content/static/images/, or a full URL
                #   alt: ""                      # required: what the picture shows, for readers who cannot see it
                #   caption: ""
                #   credit: "Photo: "
                ---

                """.formatted(LocalDate.now(ZoneId.of("Pacific/Kiritimati"))));
    }

    @Test
    void theNewArticleBuildsWithoutAWarningEvenWithAColonAndQuotesInItsHeadline() {
        assertThat(runNew("Transit: \"Free\" Buses Aren't Free", "--author", "Mary O'Hara", "--draft",
                "--date", "2025-08-15T09:30", "--tags", " a , b ,,")).isZero();

        CommandRun build = build();
        assertThat(build.err()).isEmpty();
        assertThat(build.out()).startsWith("Built 2 articles, 2 authors,");
    }

    @Test
    void optionsAreWrittenIntoTheFrontMatter() throws IOException {
        assertThat(runNew("Night Bus", "--author", "JANE DOE", "--draft", "--date", "2030-01-02",
                "--slug", "night-bus-2030")).isZero();

        assertThat(article("night-bus-2030")).contains("date: 2030-01-02\n", "author: jane-doe\n", "draft: true ")
                .doesNotContain("tags:");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        assertThat(runNew("Night Bus")).isZero();
        Files.writeString(content.resolve("articles/night-bus.md"), "my draft");

        assertThat(runNew("Night Bus")).isEqualTo(1);

        assertThat(byline.err()).contains("night-bus.md already exists");
        assertThat(article("night-bus")).isEqualTo("my draft");
    }

    @Test
    void aDateTheBuildWouldRefuseIsAUsageErrorAndNothingIsWritten() {
        assertThat(runNew("Night Bus", "--date", "31/12/2025")).isEqualTo(2);

        assertThat(byline.err()).contains("--date \"31/12/2025\" is not in a date format Byline reads; write it as "
                + "2025-12-31").doesNotContain("Usage:");
        assertThat(content.resolve("articles/night-bus.md")).doesNotExist();
    }

    @Test
    void anAuthorSlugNotInTheRegistryIsAUsageErrorWithASuggestion() {
        assertThat(runNew("Night Bus", "--author", "jane-do")).isEqualTo(2);

        assertThat(byline.err()).contains("no writer \"jane-do\"", "did you mean jane-doe?");
    }

    @Test
    void withTwoWritersInTheRegistryTheAuthorMustBeGiven() throws IOException {
        Files.writeString(content.resolve("authors/theo-lindqvist.yaml"), "name: Theo Lindqvist\n");

        assertThat(runNew("Night Bus")).isEqualTo(2);

        assertThat(byline.err()).contains("--author", "jane-doe, theo-lindqvist");
    }

    @Test
    void aHeadlineWithoutLatinLettersNeedsASlug() throws IOException {
        assertThat(runNew("夜行バス")).isEqualTo(2);
        assertThat(byline.err()).contains("--slug");

        assertThat(runNew("夜行バス", "--slug", "yako-basu")).isZero();
        assertThat(article("yako-basu")).contains("title: \"夜行バス\"");
    }

    @Test
    void outsideASiteNewSaysWhereTheSiteWasLookedFor() {
        assertThat(byline.run("new", "--source", site.resolve("elsewhere").toString(), "Night Bus")).isEqualTo(1);

        assertThat(byline.err()).contains("elsewhere: error: no site here", "start a new site with byline init");
    }

    @Test
    void theAuthorsFileIsCheckedAsABuildChecksIt() throws IOException {
        Files.writeString(content.resolve("authors/jane-doe.yaml"), "bio: no name\n");

        assertThat(runNew("Night Bus")).isEqualTo(1);

        assertThat(TestSites.tree(content.resolve("articles")).keySet()).doesNotContain("night-bus.md");
        assertThat(byline.err()).contains("jane-doe.yaml", "error: missing name");
    }
}
