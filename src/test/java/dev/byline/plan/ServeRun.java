package dev.byline.plan;

import dev.byline.assemble.PublishingRules;
import dev.byline.build.BuildRequest;
import dev.byline.build.BuildResult;
import dev.byline.build.Pipeline;
import dev.byline.testing.TestSites;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * {@code serve}'s way: one long-lived {@link Pipeline} renders the site into memory after every edit, with the
 * preview's rules (drafts and scheduled pieces shown); the fresh build is a new session on a cache of compiled
 * themes only.
 */
final class ServeRun implements IncrementalRun {

    private static final PublishingRules PREVIEW = new PublishingRules(true, true, TestSites.NOW);

    private final EditedSite site;
    private final ReferenceCache reference;
    private final Pipeline session;

    ServeRun(EditedSite site, Path cacheDir, ReferenceCache reference) {
        this.site = site;
        this.reference = reference;
        this.session = new Pipeline(request(reference.seed(cacheDir)));
    }

    private BuildRequest request(Path cacheDir) {
        return new BuildRequest(site.content(), site.templates(), site.root().resolve("site-out"), cacheDir,
                site.root(), null, false, PREVIEW);
    }

    @Override
    public Map<String, byte[]> start() {
        return succeeded(session.render());
    }

    @Override
    public Outcome rebuild(Collection<Path> changed, boolean announced) {
        BuildResult incremental = announced ? renderAfterEdits(changed) : session.render();
        BuildResult fresh = new Pipeline(request(reference.forAFreshBuild())).render();
        Optional<String> messages = SiteOutputs.diagnosticsDifference(fresh, incremental);
        if (messages.isPresent()) {
            return new Outcome(Map.of(), messages);
        }
        Map<String, byte[]> freshFiles = succeeded(fresh);
        return new Outcome(freshFiles, SiteOutputs.difference(freshFiles, SiteOutputs.of(incremental)));
    }

    /** A rendering after the file watcher saw these paths change, as serve does it. */
    private BuildResult renderAfterEdits(Collection<Path> changed) {
        return session.render(changed);
    }

    /** The site's files; the test's edits keep a site valid, so a build with errors is a mistake in them. */
    static Map<String, byte[]> succeeded(BuildResult result) {
        assertSucceeded(result);
        return SiteOutputs.of(result);
    }

    static void assertSucceeded(BuildResult result) {
        if (!result.succeeded()) {
            throw new AssertionError("the edits made the site invalid, which they should not: "
                    + TestSites.formatted(result.diagnostics()));
        }
    }
}
