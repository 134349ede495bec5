package dev.byline.build;

import dev.byline.assemble.PublishingRules;
import java.nio.file.Path;

/**
 * What to build.
 *
 * @param sourceDir    the content folder ({@code content})
 * @param templatesDir the theme folder ({@code templates})
 * @param outputDir    where the site goes ({@code site-out})
 * @param cacheDir     where compiled templates are kept ({@code .byline-cache})
 * @param workingDir   the folder messages name files relative to
 * @param baseUrl      a base URL overriding site.yaml's, or {@code null}
 * @param relativeUrls write links relative to each page (the site then also works from file://), whatever
 *                     site.yaml says
 * @param rules        which articles to publish
 */
public record BuildRequest(Path sourceDir, Path templatesDir, Path outputDir, Path cacheDir, Path workingDir,
                           String baseUrl, boolean relativeUrls, PublishingRules rules) {
}
