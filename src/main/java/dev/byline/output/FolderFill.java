package dev.byline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Puts files of the site into one folder being filled (the spare, or a build's draft), from any number of threads:
 * a rendered file's bytes, a copy of a source, or a hard link to the same file in the output folder, which costs no
 * copy. Each folder is made the first time a file needs it.
 */
final class FolderFill {

    private static final String TEMPORARY_PREFIX = ".byline-tmp-";
    /**
     * Writing is waiting on the file system more than computing: many writers at once keep its queue full (on a
     * two-core machine, sixteen write a 10,000-page site in a third of the time two take).
     */
    private static final int WRITER_THREADS = 16;

    private final Path root;
    private final Path output;
    private final Map<Path, Boolean> made = new ConcurrentHashMap<>(); // a folder per page, made once

    /**
     * @param root   the folder filled
     * @param output the output folder, which links point into
     */
    FolderFill(Path root, Path output) {
        this.root = root;
        this.output = output;
    }

    /** Threads for writing files, which never keep the JVM from exiting. */
    static ExecutorService writers() {
        return Executors.newFixedThreadPool(WRITER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "byline-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    Path root() {
        return root;
    }

    /**
     * Puts the file in place, as a hard link to the output folder's file when {@code link} (and the file system has
     * links). Over an existing file ({@code replacing}) it is made under a temporary name and renamed into place:
     * the old file may be a hard link shared with the output folder, which must not change.
     */
    void put(OutputFile file, boolean link, boolean replacing) throws IOException {
        Path target = root.resolve(file.file());
        try {
            // the first writer into a folder makes it; the others wait for it here (computeIfAbsent holds them)
            made.computeIfAbsent(target.getParent(), folder -> {
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
        Path written = replacing && Files.exists(target)
                ? target.resolveSibling(TEMPORARY_PREFIX + UUID.randomUUID() + "-" + target.getFileName())
                : target;
        Path inOutput = output.resolve(file.file());
        if (!link || !linked(written, inOutput)) {
            if (file instanceof OutputFile.Rendered rendered) {
                Files.write(written, rendered.bytes());
            } else if (file instanceof OutputFile.Copied copied) {
                Files.copy(copied.source(), written, StandardCopyOption.REPLACE_EXISTING);
            } else if (file instanceof OutputFile.Kept) { // the output folder's file, where hard links cannot be made
                Files.copy(inOutput, written, StandardCopyOption.REPLACE_EXISTING);
            } else {
                throw new IllegalStateException(file.file() + " was written into a draft, not into " + root);
            }
        }
        if (written != target) {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes {@code link} a hard link to {@code existing}; false where the file system has none (then it is
     * written).
     */
    private static boolean linked(Path link, Path existing) throws IOException {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            Files.deleteIfExists(link);
            return false;
        }
    }
}
