package dev.byline.output;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.source.DisplayPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks on what goes into the output folder, before anything is written. */
public final class OutputPlan {

    private OutputPlan() {
    }

    /**
     * Two files for one path would silently lose one, and a file where another file needs a folder cannot be
     * written at all. Paths are compared ignoring case, since the site may be served from a case-insensitive file
     * system.
     */
    public static void checkCollisions(List<OutputFile> files, Diagnostics diagnostics) {
        Map<String, OutputFile> seen = new HashMap<>();
        for (OutputFile file : files) {
            OutputFile first = seen.putIfAbsent(file.file().toLowerCase(Locale.ROOT), file);
            if (first != null) {
                OutputFile users = isUsers(file) ? file : first;
                OutputFile other = users == file ? first : file;
                diagnostics.add(Position.ofFile(users.origin()).error("would be written to " + file.file()
                        + ", which " + other.origin() + " also writes; rename or move one of them"));
            }
        }
        for (OutputFile file : files) {
            String path = file.file().toLowerCase(Locale.ROOT);
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                OutputFile blocking = seen.get(path.substring(0, slash));
                if (blocking != null) {
                    String folder = file.file().substring(0, slash);
                    String message = isUsers(blocking)
                            ? "is a file where " + file.origin() + " needs the folder " + folder
                            : "needs the folder " + folder + ", where " + blocking.origin() + " writes a file";
                    diagnostics.add(Position.ofFile((isUsers(blocking) ? blocking : file).origin())
                            .error(message + "; rename or move one of them"));
                }
            }
        }
    }

    /** A file copied from the user's folder: messages point at it, since it is the one they can rename. */
    private static boolean isUsers(OutputFile file) {
        return file instanceof OutputFile.Copied;
    }

    /**
     * The output folder is replaced whole on every build, so it must be a folder of its own: it may not hold, or
     * sit inside, the working folder's content, theme or cache, it may not be a file, and it must be empty or made by
     * Byline, so that nobody's files are deleted by a build.
     */
    public static boolean checkOutputFolder(Path outputDir, Path workingDir, List<Path> sourceDirs,
                                            DisplayPaths display, Diagnostics diagnostics) {
        Path output = outputDir.toAbsolutePath().normalize();
        Position position = Position.ofFile(display.of(output));
        if (output.getParent() == null) {
            diagnostics.add(position.error("the output folder cannot be the file system root"));
            return false;
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            diagnostics.add(position.error("is a file, not a folder; choose another --output, such as site-out"));
            return false;
        }
        if (workingDir.toAbsolutePath().normalize().startsWith(output)) {
            diagnostics.add(position.error("the output folder is replaced on every build, so it cannot hold the "
                    + "folder you work in; choose a folder of its own, such as site-out"));
            return false;
        }
        for (Path dir : sourceDirs) {
            Path source = dir.toAbsolutePath().normalize();
            if (source.startsWith(output) || output.startsWith(source)) {
                diagnostics.add(position.error("the output folder is replaced on every build, so it can neither "
                        + "hold nor sit inside " + display.of(source) + "; choose a folder of its own, such as "
                        + "site-out"));
                return false;
            }
        }
        if (!SiteWriter.isReplaceable(output)) {
            diagnostics.add(position.error("this folder was not made by Byline (it has files but no "
                    + SiteWriter.MARKER + "), and a build replaces the whole folder; move your files out of it, "
                    + "or choose another --output"));
            return false;
        }
        return true;
    }
}
