package dev.byline.cli;

import dev.byline.assemble.PublishingRules;
import dev.byline.build.BuildRequest;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;

/** Where the site is and what to publish: shared by every command that builds. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder: site.yaml, articles/, authors/, static/ (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Theme folder: the .jte templates and assets/ (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = ".byline-cache",
            description = "Where compiled templates are kept between builds (default: ${DEFAULT-VALUE}).")
    Path cacheDir;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Use this base URL instead of site.yaml's baseUrl.")
    String baseUrl;

    @Option(names = "--relative-urls",
            description = "Write links relative to each page, so the site also works opened from a folder (file://).")
    boolean relativeUrls;

    @Option(names = "--stacktrace", description = "Show Java stack traces for file-system errors.")
    boolean stacktrace;

    /** A build request for these options, publishing drafts and future articles as given. */
    BuildRequest request(Path output, boolean drafts, boolean future) {
        return new BuildRequest(source, templates, output, cacheDir, Path.of("").toAbsolutePath(), baseUrl,
                relativeUrls, new PublishingRules(drafts, future, Instant.now()));
    }
}
