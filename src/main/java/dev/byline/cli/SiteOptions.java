package dev.byline.cli;

import dev.byline.assemble.PublishingRules;
import dev.byline.build.BuildRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the site is and what to publish: shared by every command that builds. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder: site.yaml, articles/, authors/, static/ (default: ${DEFAULT-VALUE}).")
    Path source;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Theme folder: .jte templates and assets/ that replace the built-in theme's files of the "
                    + "same name; without one, the built-in theme is used (default: ${DEFAULT-VALUE}).")
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
        if (command.commandLine().getParseResult().hasMatchedOption("--templates") && !Files.isDirectory(templates)) {
            // the default folder may be missing (the built-in theme is used), a folder named on purpose may not
            throw new ParameterException(command.commandLine(), "--templates " + templates + ": no such folder");
        }
        return new BuildRequest(source, templates, output, cacheDir, Path.of("").toAbsolutePath(), baseUrl,
                relativeUrls, new PublishingRules(drafts, future, Instant.now()));
    }
}
