package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.BylineVersion;
import dev.byline.assemble.PublishingRules;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache names the Byline that wrote it; another Byline (an upgrade) rebuilds the site whole from an emptied
 * cache. The site has a theme of its own, so the cache holds a compiled theme as well as the records of the build.
 */
class CacheVersionTest {

    @TempDir
    Path temp;

    private Path site;
    private Path cache;
    private BuildRequest request;

    @BeforeEach
    void aSiteWithAThemeOfItsOwn() throws IOException {
        site = temp.resolve("site");
        cache = temp.resolve("cache");
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.resolve("content"));
        TestSites.copyTree(TestSites.theme(), site.resolve("templates"));
        Path page = site.resolve("templates/article.jte");
        Files.writeString(page, Files.readString(page) + "<%-- the site's own --%>\n");
        BuildRequest base = TestSites.request(site, site.resolve("templates"), site.resolve("site-out"));
        request = new BuildRequest(base.sourceDir(), base.templatesDir(), base.outputDir(), cache, base.workingDir(),
                null, false, new PublishingRules(false, false, TestSites.NOW));
    }

    @Test
    void aCacheWrittenByAnotherBylineIsEmptiedAndTheSiteBuiltWhole() throws IOException {
        BuildResult first = TestSites.build(request);
        List<Path> written = cacheFiles();
        Files.writeString(cache.resolve(CacheVersion.FILE), "0.0.9 20250101000000000 abc1234 jte 3.0.0\n");

        BuildResult upgraded = TestSites.build(request);

        assertThat(first.built().stats().templatesCompiled()).isTrue();
        assertThat(written).as("a compiled theme, a record of the build and an output manifest").hasSizeGreaterThan(3);
        assertThat(upgraded.built().stats().upToDate()).isFalse();
        assertThat(upgraded.built().stats().templatesCompiled()).isTrue();
        assertThat(upgraded.built().stats().filesUnchanged()).as("files trusted from the old output manifest").isZero();
        assertThat(cache.resolve(CacheVersion.FILE)).content().isEqualTo(BylineVersion.current().stamp() + "\n");
    }

    @Test
    void theSameBylineTrustsItsOwnCache() {
        TestSites.build(request);

        BuildResult again = TestSites.build(request);

        assertThat(again.built().stats().upToDate()).isTrue();
        assertThat(cache.resolve(CacheVersion.FILE)).content().isEqualTo(BylineVersion.current().stamp() + "\n");
    }

    @Test
    void everythingInTheCacheIsInAFolderAChangeOfVersionEmpties() throws IOException {
        TestSites.build(request);

        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.map(entry -> entry.getFileName().toString()))
                    .allMatch(name -> name.equals(CacheVersion.FILE) || CacheVersion.FOLDERS.contains(name));
        }
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).toList());
        }
    }
}
