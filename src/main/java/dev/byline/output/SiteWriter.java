package dev.byline.output;

import dev.byline.io.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Writes a built site so that the output folder is only ever the last good site or the new one.
 *
 * <p>When the last build's {@link OutputManifest} still matches the folder and at most half of the files change,
 * only those are written (each to a temporary name, then renamed over the old one, so no file is ever half
 * written) and files no longer in the site are removed: a build that changes nothing writes nothing. The manifest is
 * deleted before the first change and written again after the last, so a run killed in between leaves a folder the
 * next build does not trust and writes whole. SIGINT or SIGTERM waits for the update to finish.
 *
 * <p>Otherwise everything goes into a staging folder beside the output folder, which then replaces it. Stopped by
 * SIGINT or SIGTERM, such a write removes its staging folder on the way out and never starts the swap, or finishes
 * it (the swap is two renames under a lock). Folders left by a run killed outright (SIGKILL, power loss) are cleaned
 * up before the next write, and a retired site is restored if the kill came between the two renames.
 */
public final class SiteWriter {

    /** Marks a folder as Byline's output, which a build may replace whole. */
    public static final String MARKER = ".byline-output";
    private static final String MARKER_TEXT = "This folder is built by Byline; every build replaces what it holds.\n";
    private static final String TEMPORARY_PREFIX = ".byline-tmp-";
    /**
     * Writing is waiting on the file system more than computing: many writers at once keep its queue full (on a
     * two-core machine, sixteen write a 10,000-page site in a third of the time two take).
     */
    private static final int WRITER_THREADS = 16;

    private final Path outputDir;
    private final Path manifestFile;
    private final String stagingPrefix;
    private final String retiredPrefix;
    private final Object swapping = new Object();
    private volatile boolean stopping;

    /** A writer that always writes the whole site, keeping no manifest. */
    public SiteWriter(Path outputDir) {
        this(outputDir, null);
    }

    /** A writer that keeps the manifest of what it wrote in {@code manifestFile}, to write only changes next time. */
    public SiteWriter(Path outputDir, Path manifestFile) {
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.manifestFile = manifestFile;
        String name = this.outputDir.getFileName().toString();
        this.stagingPrefix = "." + name + ".staging-";
        this.retiredPrefix = "." + name + ".old-";
    }

    /** Whether the output folder holds exactly what this writer wrote last, file for file. */
    public boolean isAsLastWritten() {
        return manifestFile != null && OutputManifest.readMatching(manifestFile, outputDir).isPresent();
    }

    /** Writes the site: only what changed when the folder is as the last build left it, else all of it. */
    public WriteReport write(List<OutputFile> files) throws IOException {
        return write(files, () -> { });
    }

    /** As {@link #write(List)}; {@code onFile} runs after each file written. */
    public WriteReport write(List<OutputFile> files, Runnable onFile) throws IOException {
        Map<String, String> fingerprints = manifestFile == null ? Map.of() : files.parallelStream()
                .collect(Collectors.toConcurrentMap(OutputFile::file, Fingerprint::of));
        boolean recordable = manifestFile != null && fingerprints.keySet().stream()
                .allMatch(OutputManifest::recordable);
        Optional<OutputManifest> previous = recordable
                ? OutputManifest.readMatching(manifestFile, outputDir) : Optional.empty();
        if (previous.isPresent()) {
            Map<String, OutputManifest.Entry> before = previous.get().files();
            List<OutputFile> changed = files.stream()
                    .filter(file -> !before.containsKey(file.file())
                            || !before.get(file.file()).fingerprint().equals(fingerprints.get(file.file())))
                    .toList();
            List<String> removed = before.keySet().stream().filter(file -> !fingerprints.containsKey(file)).toList();
            if (changed.size() + removed.size() <= files.size() / 2
                    && !changesKindOrCase(changed, removed, previous.get())) {
                updateInPlace(changed, removed, fingerprints, onFile);
                return new WriteReport(changed.size(), files.size() - changed.size(), removed.size());
            }
        }
        if (manifestFile != null) {
            OutputManifest.delete(manifestFile);
        }
        writeStaged(files, onFile);
        if (recordable) {
            OutputManifest.of(outputDir, fingerprints).write(manifestFile);
        }
        return new WriteReport(files.size(), 0, 0);
    }

    private void writeStaged(List<OutputFile> files, Runnable onFile) throws IOException {
        Path parent = outputDir.getParent();
        Files.createDirectories(parent);
        recoverInterruptedRun(parent);
        Path staging = parent.resolve(stagingPrefix + UUID.randomUUID());
        Thread onStop = new Thread(() -> abandon(staging), "byline-stop-write");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            Files.createDirectory(staging);
            writeAll(staging, files, onFile, false);
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
            removeHook(onStop);
        }
    }

    /**
     * Whether a changed file takes the place of a folder, or needs a folder where a file is, or differs only in case
     * from a removed one (one file on a case-insensitive disk): an update in place cannot do that safely, a whole
     * write can.
     */
    private static boolean changesKindOrCase(List<OutputFile> changed, List<String> removed,
                                             OutputManifest previous) {
        Set<String> removedIgnoringCase = new HashSet<>();
        removed.forEach(file -> removedIgnoringCase.add(file.toLowerCase(Locale.ROOT)));
        for (OutputFile file : changed) {
            String path = file.file();
            if (previous.folders().containsKey(path) || removedIgnoringCase.contains(path.toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                if (previous.files().containsKey(path.substring(0, slash))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Writes the changed files over the old ones and removes those no longer in the site, under the lock the
     * shutdown hook takes: a SIGINT waits for the update to end rather than leave it half done.
     */
    private void updateInPlace(List<OutputFile> changed, List<String> removed, Map<String, String> fingerprints,
                               Runnable onFile) throws IOException {
        if (changed.isEmpty() && removed.isEmpty()) {
            return;
        }
        Thread onStop = new Thread(this::refuseNewWrites, "byline-stop-write");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            synchronized (swapping) {
                if (stopping) {
                    throw new IOException("stopped before the new site was written; " + outputDir
                            + " is unchanged");
                }
                OutputManifest.delete(manifestFile);
                writeAll(outputDir, changed, onFile, true);
                for (String file : removed) {
                    deleteWithEmptyFolders(outputDir.resolve(file));
                }
                OutputManifest.of(outputDir, fingerprints).write(manifestFile);
            }
        } finally {
            removeHook(onStop);
        }
    }

    private void refuseNewWrites() {
        synchronized (swapping) {
            stopping = true;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyStopping) {
            // the hook is running or has run
        }
    }

    /** Deletes a file, then each folder above it that is left empty, up to the output folder. */
    private void deleteWithEmptyFolders(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); !folder.equals(outputDir); folder = folder.getParent()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            }
            Files.delete(folder);
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

    /**
     * Writes the files under {@code root}, in parallel. Over existing files ({@code replacing}) each is written to a
     * temporary name and renamed into place, so a reader sees the old file or the new one, never half of one.
     */
    private void writeAll(Path root, List<OutputFile> files, Runnable onFile, boolean replacing) throws IOException {
        Map<Path, Boolean> folders = new ConcurrentHashMap<>(); // made already: a folder per page, made once
        ExecutorService writers = Executors.newFixedThreadPool(WRITER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "byline-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> writes = new ArrayList<>(files.size());
            for (OutputFile file : files) {
                writes.add(writers.submit(() -> {
                    if (!stopping || replacing) {
                        write(root, file, folders, replacing);
                        onFile.run();
                    }
                    return null;
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("a writer failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + root, e);
        } finally {
            writers.shutdownNow();
        }
    }

    private static void write(Path root, OutputFile file, Map<Path, Boolean> folders, boolean replacing)
            throws IOException {
        Path target = root.resolve(file.file());
        try {
            // the first writer into a folder makes it; the others wait for it here (computeIfAbsent holds them)
            folders.computeIfAbsent(target.getParent(), folder -> {
                try {
                    Files.createDirectories(folder);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // hidden and unique: no file of the site can have this name
        Path written = replacing
                ? target.resolveSibling(TEMPORARY_PREFIX + UUID.randomUUID() + "-" + target.getFileName())
                : target;
        if (file instanceof OutputFile.Rendered rendered) {
            Files.write(written, rendered.bytes());
        } else {
            Files.copy(((OutputFile.Copied) file).source(), written, StandardCopyOption.REPLACE_EXISTING);
        }
        if (replacing) {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
