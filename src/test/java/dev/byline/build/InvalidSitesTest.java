package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.output.SiteWriter;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broken site per folder of {@code src/test/resources/invalid-sites/}: its {@code content/} (and, when the case
 * is about the theme, a {@code templates/} folder laid over the repository's theme) must give exactly the
 * diagnostics in {@code expected.txt}, fail, and leave the previous output untouched. Regenerate the expectations
 * with {@code -Dbyline.updateGolden=true} and review them.
 */
class InvalidSitesTest {

    private static final Path CASES = TestSites.fixture("invalid-sites", "");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenSiteGivesItsExpectedDiagnosticsAndWritesNothing(String name, @TempDir Path temp) throws IOException {
        Path fixture = CASES.resolve(name);
        Path site = temp.resolve("site");
        TestSites.copyTree(fixture.resolve("content"), site.resolve("content"));
        TestSites.copyTree(TestSites.theme(), site.resolve("templates"));
        if (Files.isDirectory(fixture.resolve("templates"))) {
            TestSites.copyTree(fixture.resolve("templates"), site.resolve("templates"));
        }
        Path output = site.resolve("site-out");
        Files.createDirectories(output.resolve("articles/old"));
        Files.writeString(output.resolve("articles/old/index.html"), "<p>the last good site</p>");
        Files.writeString(output.resolve(SiteWriter.MARKER), "an earlier build\n");
        Map<String, byte[]> before = TestSites.tree(output);

        BuildResult result = TestSites.build(TestSites.request(site, site.resolve("templates"), output));

        List<String> actual = TestSites.formatted(result.diagnostics());
        Path expectedFile = fixture.resolve("expected.txt");
        if (Boolean.getBoolean("byline.updateGolden")) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(BuildResult.Failed.class);
        Map<String, byte[]> after = TestSites.tree(output);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
        try (Stream<Path> leftovers = Files.list(site)) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .as("no staging folders left behind")
                    .containsExactlyInAnyOrder("content", "templates", "site-out");
        }
    }
}
