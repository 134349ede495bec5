package dev.byline.source;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether there is a site where Byline looks for one: a content folder with {@code site.yaml} in it. Every command
 * that reads a site says the same when there is none, and how to start one.
 */
public final class SiteFolder {

    private SiteFolder() {
    }

    /** What is missing, as an error on the content folder or its {@code site.yaml}; empty when a site is there. */
    public static Optional<Diagnostic> missing(Path contentDir, DisplayPaths display) {
        if (!Files.isDirectory(contentDir)) {
            return Optional.of(Position.ofFile(display.of(contentDir)).error("no site here: the content folder "
                    + (Files.exists(contentDir) ? "is a file" : "does not exist") + "; run Byline in your site's "
                    + "folder, point --source at its content folder, or start a new site with byline init"));
        }
        Path settings = contentDir.resolve("site.yaml");
        if (!Files.isRegularFile(settings)) {
            return Optional.of(Position.ofFile(display.of(settings)).error("no site settings here; create this file "
                    + "with at least \"title:\" and \"baseUrl:\" lines (byline init writes one with every setting "
                    + "explained, in a new site)"));
        }
        return Optional.empty();
    }
}
