package dev.byline.output;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.source.DisplayPaths;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks on what goes into the output folder, before anything is written. */
public final class OutputPlan {

    private OutputPlan() {
    }

    /** Static files go to the site root, theme assets under {@code assets/}. */
    public static List<OutputFile> copies(SourceTree tree) {
        List<OutputFile> copies = new ArrayList<>();
        for (SourceFile file : tree.ofKind(SourceKind.STATIC)) {
            copies.add(new OutputFile.Copied(file.relative(), file.display(), file.path()));
        }
        for (SourceFile file : tree.ofKind(SourceKind.ASSET)) {
            copies.add(new OutputFile.Copied("assets/" + file.relative(), file.display(), file.path()));
        }
        return copies;
    }

    /**
     * Two files for one path would silently lose one. Paths are compared ignoring case, since the site may be
     * served from a case-insensitive file system.
     */
    public static void checkCollisions(List<OutputFile> files, Diagnostics diagnostics) {
        Map<String, OutputFile> seen = new HashMap<>();
        for (OutputFile file : files) {
            OutputFile first = seen.putIfAbsent(file.file().toLowerCase(Locale.ROOT), file);
            if (first != null) {
                String origin = file instanceof OutputFile.Copied ? file.origin() : first.origin();
                String other = file instanceof OutputFile.Copied ? first.origin() : file.origin();
                diagnostics.add(Position.ofFile(origin).error("would be written to " + file.file() + ", which "
                        + other + " also writes; rename or move one of them"));
            }
        }
    }

    /**
     * The output folder is replaced whole on every build, so it must be a folder of its own: it may not be, or
     * hold, any of {@code protectedDirs} (the working folder, the content, the theme, the cache).
     */
    public static boolean checkOutputFolder(Path outputDir, List<Path> protectedDirs, DisplayPaths display,
                                            Diagnostics diagnostics) {
        Path output = outputDir.toAbsolutePath().normalize();
        for (Path dir : protectedDirs) {
            Path normalized = dir.toAbsolutePath().normalize();
            if (normalized.startsWith(output)) {
                diagnostics.add(Position.ofFile(display.of(output)).error("the output folder is replaced on every "
                        + "build, so it cannot hold " + display.of(normalized) + "; choose a folder of its own, "
                        + "such as site-out"));
                return false;
            }
        }
        if (output.getParent() == null) {
            diagnostics.add(Position.ofFile(output.toString()).error("the output folder cannot be the file system "
                    + "root"));
            return false;
        }
        return true;
    }
}
