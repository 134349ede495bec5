package dev.byline.scaffold;

import dev.byline.config.SiteConfigLoader;
import dev.byline.content.AuthorFileParser;
import dev.byline.content.RegistryAuthor;
import dev.byline.content.StaticFiles;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.io.FileProblems;
import dev.byline.model.SiteConfig;
import dev.byline.source.DisplayPaths;
import dev.byline.source.SiteFolder;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceScanner;
import dev.byline.source.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code byline new} needs to know of a site: its settings (the time zone of today's date) and its author
 * registry, read as a build reads them.
 *
 * @param registry the entries of {@code content/authors/}, by slug
 */
public record ExistingSite(SiteConfig config, List<RegistryAuthor> registry) {

    public ExistingSite {
        registry = List.copyOf(registry);
    }

    /** The site in {@code contentDir}, or empty with the errors (a missing or broken site.yaml) reported. */
    public static Optional<ExistingSite> read(Path contentDir, DisplayPaths display, Diagnostics diagnostics) {
        Optional<Diagnostic> noSite = SiteFolder.missing(contentDir, display);
        if (noSite.isPresent()) {
            diagnostics.add(noSite.get());
            return Optional.empty();
        }
        Path settings = contentDir.resolve("site.yaml");
        // what the scan finds amiss (an ignored file, a link out of the folder) is the build's to report
        SourceTree content = new SourceScanner(display).scanContent(contentDir, new Diagnostics());
        Path staticDir = contentDir.resolve("static");
        StaticFiles staticFiles = new StaticFiles(content.ofKind(SourceKind.STATIC), display.of(staticDir));
        Optional<SiteConfig> config = SiteConfigLoader.load(
                new SourceFile(SourceKind.CONFIG, settings, display.of(settings), "site.yaml"), staticFiles, null,
                diagnostics);
        List<RegistryAuthor> registry = new ArrayList<>();
        for (Path file : authorFiles(contentDir.resolve("authors"), display, diagnostics)) {
            String name = file.getFileName().toString();
            AuthorFileParser.parse(new SourceFile(SourceKind.AUTHOR, file, display.of(file), name), diagnostics)
                    .ifPresent(registry::add);
        }
        return config.filter(ignored -> !diagnostics.hasErrors()).map(found -> new ExistingSite(found, registry));
    }

    private static List<Path> authorFiles(Path folder, DisplayPaths display, Diagnostics diagnostics) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("[^.].*\\.ya?ml"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Position.ofFile(display.of(folder)).error(FileProblems.cannotBeRead(e)));
            return List.of();
        }
    }
}
