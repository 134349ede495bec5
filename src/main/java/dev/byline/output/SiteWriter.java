package dev.byline.output;

import dev.byline.io.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes a built site so that the output folder is only ever the last good site or the new one: everything goes
 * into a staging folder beside it, which then replaces it. Stopped by SIGINT or SIGTERM, a write removes its staging
 * folder on the way out and never starts the swap, or finishes it (the swap is two renames under a lock). Folders
 * left by a run killed outright (SIGKILL, power loss) are cleaned up before the next write, and a retired site is
 * restored if the kill came between the two renames.
 */
public final class SiteWriter {

    /** Marks a folder as Byline's output, which a build may replace whole. */
    public static final String MARKER = ".byline-output";
    private static final String MARKER_TEXT = "This folder is built by Byline and replaced whole on every build.\n";

    private final Path outputDir;
    private final String stagingPrefix;
    private final String retiredPrefix;
    private final Object swapping = new Object();
    private volatile boolean stopping;

    public SiteWriter(Path outputDir) {
        this.outputDir = outputDir.toAbsolutePath().normalize();
        String name = this.outputDir.getFileName().toString();
        this.stagingPrefix = "." + name + ".staging-";
        this.retiredPrefix = "." + name + ".old-";
    }

    /** Writes the files and the marker into a staging folder, then puts it in the output folder's place. */
    public void write(List<OutputFile> files) throws IOException {
        Path parent = outputDir.getParent();
        Files.createDirectories(parent);
        recoverInterruptedRun(parent);
        Path staging = parent.resolve(stagingPrefix + UUID.randomUUID());
        Thread onStop = new Thread(() -> abandon(staging), "byline-stop-write");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            Files.createDirectory(staging);
            writeAll(staging, files);
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
            synchronized (swapping) {
                if (stopping) {
                    throw new IOException("stopped before the new site was complete; " + outputDir
                            + " is unchanged");
                }
                swapIn(staging, parent);
            }
        } finally {
            Folders.deleteTree(staging);
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException alreadyStopping) {
                // the hook is running or has run
            }
        }
    }

    /**
     * On SIGINT/SIGTERM during a write: no swap and no new file from now on, and no staging folder left behind.
     * Writes already under way may add a file while the folder is deleted, hence a few tries.
     */
    private void abandon(Path staging) {
        synchronized (swapping) {
            stopping = true;
            for (int attempt = 0; attempt < 10 && Files.exists(staging); attempt++) {
                try {
                    Folders.deleteTree(staging);
                } catch (IOException | RuntimeException stillBeingWritten) {
                    sleepBriefly();
                }
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a build may replace this folder: it does not exist, is empty, or was made by Byline. */
    public static boolean isReplaceable(Path folder) {
        if (!Files.exists(folder) || Files.exists(folder.resolve(MARKER))) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private void writeAll(Path root, List<OutputFile> files) throws IOException {
        // folders first, each once, in order: a folder per page would otherwise be checked for every file
        Set<Path> folders = new TreeSet<>();
        for (OutputFile file : files) {
            folders.add(root.resolve(file.file()).getParent());
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        try {
            files.parallelStream().forEach(file -> {
                if (stopping) {
                    return;
                }
                try {
                    Path target = root.resolve(file.file());
                    if (file instanceof OutputFile.Rendered rendered) {
                        Files.write(target, rendered.bytes());
                    } else {
                        Files.copy(((OutputFile.Copied) file).source(), target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void swapIn(Path staging, Path parent) throws IOException {
        if (Files.exists(outputDir)) {
            Path retired = parent.resolve(retiredPrefix + UUID.randomUUID());
            Folders.move(outputDir, retired);
            Folders.move(staging, outputDir);
            Folders.deleteTree(retired);
        } else {
            Folders.move(staging, outputDir);
        }
    }

    private void recoverInterruptedRun(Path parent) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent,
                entry -> entry.getFileName().toString().startsWith(stagingPrefix)
                        || entry.getFileName().toString().startsWith(retiredPrefix))) {
            for (Path leftover : leftovers) {
                boolean retiredSite = leftover.getFileName().toString().startsWith(retiredPrefix);
                if (retiredSite && !Files.exists(outputDir)) {
                    Folders.move(leftover, outputDir); // the run stopped between the two renames: put the old site back
                } else {
                    Folders.deleteTree(leftover);
                }
            }
        }
    }
}
