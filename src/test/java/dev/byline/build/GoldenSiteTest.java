package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code src/test/resources/sites/golden/content} with the repository's theme and compares the whole output,
 * byte for byte, with {@code expected/}. After an intended change to the theme or the output, regenerate it with
 * {@code mvn test -Dtest=GoldenSiteTest -Dbyline.updateGolden=true} and review the diff. The theme's assets are
 * copies of {@code templates/assets/} and left out, so a stylesheet edit does not churn the expected pages.
 */
class GoldenSiteTest {

    private static final Path SITE = TestSites.fixture("sites", "golden");
    private static final Path EXPECTED = SITE.resolve("expected");

    @Test
    void goldenSiteBuildsExactlyTheExpectedFiles(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        BuildResult result = TestSites.build(TestSites.request(SITE, TestSites.theme(), output));

        assertThat(TestSites.formatted(result.diagnostics())).isEmpty();
        assertThat(result.succeeded()).isTrue();
        assertThat(output.resolve("assets/style.css"))
                .hasSameBinaryContentAs(TestSites.theme().resolve("assets/style.css"));
        dev.byline.io.Folders.deleteTree(output.resolve("assets"));
        Map<String, byte[]> actual = TestSites.tree(output);
        if (Boolean.getBoolean("byline.updateGolden")) {
            dev.byline.io.Folders.deleteTree(EXPECTED);
            TestSites.copyTree(output, EXPECTED);
        }
        Map<String, byte[]> expected = TestSites.tree(EXPECTED);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String file : expected.keySet()) {
            assertThat(new String(actual.get(file), StandardCharsets.UTF_8))
                    .as(file)
                    .isEqualTo(new String(expected.get(file), StandardCharsets.UTF_8));
        }
    }

    @Test
    void sameInputGivesByteIdenticalOutput(@TempDir Path temp) {
        TestSites.build(TestSites.request(SITE, TestSites.theme(), temp.resolve("one")));
        TestSites.build(TestSites.request(SITE, TestSites.theme(), temp.resolve("two")));

        Map<String, byte[]> one = TestSites.tree(temp.resolve("one"));
        Map<String, byte[]> two = TestSites.tree(temp.resolve("two"));
        assertThat(one.keySet()).isNotEmpty().containsExactlyElementsOf(two.keySet());
        one.forEach((file, bytes) -> assertThat(two.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void draftsAndFutureArticlesAreBuiltOnlyWhenAskedFor(@TempDir Path temp) {
        BuildRequest plain = TestSites.request(SITE, TestSites.theme(), temp.resolve("plain"));
        BuildRequest everything = new BuildRequest(plain.sourceDir(), plain.templatesDir(), temp.resolve("all"),
                plain.cacheDir(), plain.workingDir(), null, false,
                new dev.byline.assemble.PublishingRules(true, true, TestSites.NOW));

        BuildResult withoutFlags = TestSites.build(plain);
        BuildResult withFlags = TestSites.build(everything);

        assertThat(withoutFlags.built().stats().draftsHeld()).isEqualTo(1);
        assertThat(withoutFlags.built().stats().scheduledHeld()).isEqualTo(1);
        assertThat(Files.exists(temp.resolve("plain/articles/draft/index.html"))).isFalse();
        assertThat(Files.exists(temp.resolve("plain/articles/scheduled/index.html"))).isFalse();
        assertThat(Files.exists(temp.resolve("all/articles/draft/index.html"))).isTrue();
        assertThat(Files.exists(temp.resolve("all/articles/scheduled/index.html"))).isTrue();
        assertThat(withFlags.built().stats().articles()).isEqualTo(withoutFlags.built().stats().articles() + 2);
    }
}
