package dev.byline.plan;

import dev.byline.assemble.PublishingRules;
import dev.byline.build.BuildRequest;
import dev.byline.build.BuildResult;
import dev.byline.testing.TestSites;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * {@code byline build}'s way: a new {@code SiteBuild} after every edit, as a user who builds after each edit, into
 * one output folder with one cache folder, with a plain build's rules; the fresh build goes into a new output folder
 * with a cache of compiled themes only.
 */
final class BuildRun implements IncrementalRun {

    private static final PublishingRules PLAIN = new PublishingRules(false, false, TestSites.NOW);

    private final EditedSite site;
    private final Path work;
    private final ReferenceCache reference;
    private final Path output;
    private final Path cache;
    private int freshBuilds;

    /** {@code work} holds the run's output and cache folders, apart from the site's folder. */
    BuildRun(EditedSite site, Path work, ReferenceCache reference) {
        this.site = site;
        this.work = work;
        this.reference = reference;
        this.output = work.resolve("site-out");
        this.cache = reference.seed(work.resolve("cache"));
    }

    private BuildRequest request(Path outputDir, Path cacheDir) {
        return new BuildRequest(site.content(), site.templates(), outputDir, cacheDir, site.root(), null, false,
                PLAIN);
    }

    @Override
    public Map<String, byte[]> start() {
        ServeRun.assertSucceeded(TestSites.build(request(output, cache)));
        return TestSites.tree(output);
    }

    @Override
    public Outcome rebuild(Collection<Path> changed, boolean announced) {
        BuildResult incremental = TestSites.build(request(output, cache));
        // a folder of its own each time: no output, spare folder or lock of an earlier fresh build beside it
        ReferenceCache.deleteTree(work.resolve("fresh-" + freshBuilds));
        Path freshOutput = work.resolve("fresh-" + ++freshBuilds).resolve("site-out");
        BuildResult fresh = TestSites.build(request(freshOutput, reference.forAFreshBuild()));
        Optional<String> messages = SiteOutputs.diagnosticsDifference(fresh, incremental);
        if (messages.isPresent()) {
            return new Outcome(Map.of(), messages);
        }
        ServeRun.assertSucceeded(fresh);
        Map<String, byte[]> freshFiles = TestSites.tree(freshOutput);
        return new Outcome(freshFiles, SiteOutputs.difference(freshFiles, TestSites.tree(output)));
    }
}
