package dev.byline.output;

import dev.byline.io.Folders;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A build's own folder beside the output folder ({@code .site-out.byline-draft-<pid>-<n>}), into which pages are
 * written as they render: no page waits in memory for the write, and the disk works while the processors render.
 * A build takes one when there is no spare to bring up to date ({@link SiteWriter#draft()}); the write then adds
 * what is not rendered (copies, files kept from the output folder) and swaps the draft in. A draft is the build's
 * alone, so rendering into it needs no lock, and the output folder is never touched before the swap: a build that
 * fails deletes its draft, and a draft whose build was killed is deleted by the next build.
 */
public final class Draft {

    private static final String INFIX = ".byline-draft-";
    private static final AtomicLong TAKEN = new AtomicLong(); // several builds in one process take a draft each

    /**
     * How many kilobytes of rendered pages may wait for a writer: rendering pauses beyond that, so a disk slower than
     * the processors does not fill the memory.
     */
    private static final int WAITING_KB = 64 * 1024;

    private final FolderFill fill;
    private final WriteSteps steps;
    private final ExecutorService writers = FolderFill.writers();
    private final Semaphore waiting = new Semaphore(WAITING_KB);
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private volatile boolean swappedIn;

    private Draft(FolderFill fill, WriteSteps steps) {
        this.fill = fill;
        this.steps = steps;
    }

    /** A new, empty draft beside {@code output}, after removing the drafts of builds that are no longer running. */
    static Draft take(Path output, WriteSteps steps) throws IOException {
        Files.createDirectories(output.getParent()); // a file in its way is named as the one to move
        for (Path abandoned : abandoned(output)) {
            Folders.deleteTree(abandoned);
        }
        Path folder = output.resolveSibling(prefix(output) + ProcessHandle.current().pid() + "-"
                + TAKEN.incrementAndGet());
        Folders.deleteTree(folder); // left by a killed build of a process that had this number before
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(SiteWriter.MARKER), SiteWriter.MARKER_TEXT);
        return new Draft(new FolderFill(folder, output), steps);
    }

    /**
     * Hands a rendered file to the draft's writers and gives it back as {@link OutputFile.Written}, without its
     * bytes; any other file is given back as it is, for the write to add. A file that cannot be written makes the
     * write fail ({@link #finished()}). Files are never linked to the output folder's here: without the output
     * folder's lock, which a draft does not take, another build may be swapping it.
     */
    public OutputFile put(OutputFile file) {
        if (!(file instanceof OutputFile.Rendered rendered)) {
            return file;
        }
        String fingerprint = Fingerprint.of(rendered);
        int kilobytes = Math.min(WAITING_KB, rendered.bytes().length / 1024 + 1);
        waiting.acquireUninterruptibly(kilobytes);
        writers.execute(() -> {
            try {
                if (failure.get() == null) {
                    steps.next();
                    fill.put(rendered, false, false);
                }
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            } finally {
                waiting.release(kilobytes);
            }
        });
        return new OutputFile.Written(rendered.file(), rendered.origin(), fingerprint);
    }

    /** Waits for the files handed over to be written; the first that could not be is thrown. */
    void finished() throws IOException {
        writers.shutdown();
        try {
            while (!writers.awaitTermination(1, TimeUnit.MINUTES)) {
                // a slow disk: the writes go on
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + fill.root(), e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Deletes the draft, unless it became the output folder. */
    public void discard() throws IOException {
        if (swappedIn) {
            return;
        }
        writers.shutdownNow();
        try {
            writers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Folders.deleteTree(fill.root());
    }

    FolderFill fill() {
        return fill;
    }

    Path folder() {
        return fill.root();
    }

    void swappedIn() {
        swappedIn = true;
    }

    /** Every draft beside {@code output}, of builds running or not: for {@code byline clean}. */
    static List<Path> all(Path output) throws IOException {
        List<Path> drafts = new ArrayList<>();
        if (!Files.isDirectory(output.getParent())) {
            return drafts;
        }
        String prefix = prefix(output);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(output.getParent(),
                entry -> entry.getFileName().toString().startsWith(prefix))) {
            siblings.forEach(drafts::add);
        }
        return drafts;
    }

    /** The drafts beside {@code output} of processes that have ended. */
    private static List<Path> abandoned(Path output) throws IOException {
        List<Path> abandoned = new ArrayList<>();
        int start = prefix(output).length();
        for (Path draft : all(output)) {
            String name = draft.getFileName().toString();
            int dash = name.indexOf('-', start);
            long pid;
            try {
                pid = Long.parseLong(name.substring(start, dash < 0 ? name.length() : dash));
            } catch (NumberFormatException notOurs) {
                continue;
            }
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            abandoned.add(draft);
        }
        return abandoned;
    }

    private static String prefix(Path output) {
        return "." + output.getFileName() + INFIX;
    }
}
