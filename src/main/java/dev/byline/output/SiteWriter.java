package dev.byline.output;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.io.FileProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Writes a built site so that the output folder is, at every moment, the last good site or the new one, and never
 * holds a temporary file: nothing is ever written inside it. The new site is made in the spare folder beside it
 * and swapped in ({@link OutputFolders}). The spare holds the site before last, so only the files that differ from
 * that are written into it; a file that is the same as in the current site is hard-linked from there, which costs
 * no copy. A build that changes one article writes a few dozen files, however big the site.
 *
 * <p>Every file to be copied is opened before anything changes, so an unreadable one is an error like any other and
 * the spare stays as it was. The spare's manifest is deleted before its first change: a run stopped in between
 * (SIGKILL, power loss) leaves a spare the next build does not trust, removes, and makes again whole. SIGINT or
 * SIGTERM stops the writers and never starts the swap, or lets a swap under way finish.
 */
public final class SiteWriter {

    /** Marks a folder as Byline's output, which a build may replace whole. */
    public static final String MARKER = ".byline-output";
    static final String MARKER_TEXT = "This folder is built by Byline; every build replaces what it holds.\n";

    private final WriteSteps steps = new WriteSteps();
    private final OutputFolders folders;
    private final boolean keepsManifests;
    private final Object swapping = new Object();
    private volatile boolean stopping;

    /** A writer that always writes the whole site, keeping no manifest. */
    public SiteWriter(Path outputDir) {
        this(outputDir, null);
    }

    /**
     * A writer that keeps manifests of what it wrote, as {@code <manifestStem>.<folder key>.manifest}, to write only
     * changes next time.
     */
    public SiteWriter(Path outputDir, Path manifestStem) {
        this.folders = new OutputFolders(outputDir.toAbsolutePath().normalize(), manifestStem, steps);
        this.keepsManifests = manifestStem != null;
    }

    /** Byline's own folders beside an output folder (the spare, drafts), which {@code byline clean} removes too. */
    public static Set<Path> besides(Path outputDir) throws IOException {
        return OutputFolders.besides(outputDir);
    }

    /** Whether a killed build left a swap half done, which {@link #recover()} finishes. */
    public boolean wasCut() {
        return folders.wasCut();
    }

    /**
     * Finishes a swap a killed build left half done; the first thing every write does. Only under the output
     * folder's lock: a swap under way looks the same.
     *
     * @return whether there was one
     */
    public boolean recover() throws IOException {
        return folders.recover();
    }

    /**
     * A draft for the next site, when there is no spare to bring up to date (the first build into a folder, the one
     * after it, one after a killed build): the new site is then written whole anyway, and with a draft it is written
     * as it renders. Empty when the spare can be brought up to date: that writes only what changed.
     */
    public Optional<Draft> draft() throws IOException {
        if (keepsManifests && folders.trusted(folders.spare()).isPresent()) {
            return Optional.empty(); // looked at without the lock: the write looks again, holding it
        }
        return Optional.of(Draft.take(folders.output(), steps));
    }

    /** Whether the output folder holds exactly what this writer wrote last, file for file. */
    public boolean isAsLastWritten() {
        return folders.trusted(folders.output()).isPresent();
    }

    /**
     * Writes the site (see the class comment), or, when a file to copy cannot be read, reports each such file into
     * {@code diagnostics} and changes nothing. {@code onFile} runs after each file written.
     */
    public WriteReport write(List<OutputFile> files, Runnable onFile, Diagnostics diagnostics) throws IOException {
        return write(files, Optional.empty(), onFile, diagnostics);
    }

    /**
     * Writes the site as {@link #write(List, Runnable, Diagnostics)} does; with a draft ({@link #draft()}), the
     * rendered files are in it already ({@link OutputFile.Written}), the others are added, and the draft is swapped
     * in.
     */
    public WriteReport write(List<OutputFile> files, Optional<Draft> draft, Runnable onFile, Diagnostics diagnostics)
            throws IOException {
        folders.recover();
        if (draft.isPresent()) {
            draft.get().finished();
        }
        Map<String, String> fingerprints = keepsManifests
                ? files.parallelStream().collect(Collectors.toConcurrentMap(OutputFile::file, Fingerprint::of))
                : Map.of();
        boolean recordable = keepsManifests && fingerprints.keySet().stream().allMatch(OutputManifest::recordable);
        Optional<OutputManifest> current = recordable ? folders.trusted(folders.output()) : Optional.empty();
        refuseKeptNotHeld(files, current);
        Map<String, OutputManifest.Entry> inUse = current.map(OutputManifest::files).orElse(Map.of());
        Optional<OutputManifest> spare = recordable && draft.isEmpty() ? folders.trusted(folders.spare())
                : Optional.empty();
        Map<String, OutputManifest.Entry> base = spare.map(OutputManifest::files).orElse(Map.of());
        List<OutputFile> toWrite = files.stream()
                .filter(file -> !(file instanceof OutputFile.Written) && differs(base, fingerprints, file)).toList();
        List<String> toRemove = base.keySet().stream().filter(file -> !fingerprints.containsKey(file)).toList();
        if (spare.isPresent() && changesKindOrCase(toWrite, toRemove, spare.get())) {
            spare = Optional.empty(); // start from an empty spare instead
            toWrite = files;
            toRemove = List.of();
        }
        Set<String> linkable = toWrite.stream()
                .filter(file -> !differs(inUse, fingerprints, file))
                .map(OutputFile::file)
                .collect(Collectors.toSet());
        if (!readable(toWrite, linkable, diagnostics)) {
            return WriteReport.nothing();
        }
        NewSite site = new NewSite(draft.map(Draft::fill).orElseGet(() -> new FolderFill(folders.spare(),
                folders.output())), draft.isPresent() ? Start.DRAFT : spare.isPresent() ? Start.SPARE : Start.EMPTY,
                toWrite, toRemove, linkable);
        makeNewSite(site, fingerprints, onFile, current.isPresent());
        draft.ifPresent(Draft::swappedIn);
        long written = current.isEmpty() ? files.size()
                : files.stream().filter(file -> differs(inUse, fingerprints, file)).count();
        long removed = inUse.keySet().stream().filter(file -> !fingerprints.containsKey(file)).count();
        return new WriteReport((int) written, files.size() - (int) written, (int) removed, fingerprints);
    }

    /** What the new site is made from. */
    private enum Start {
        /** the spare, the site before last, brought up to date */
        SPARE,
        /** a new, empty spare */
        EMPTY,
        /** the build's draft, holding the rendered files already */
        DRAFT
    }

    /**
     * What a write changes to make the new site: in {@code fill}'s folder, the files to write ({@code linkable} ones
     * as hard links to the output folder's) and those to remove.
     */
    private record NewSite(FolderFill fill, Start start, List<OutputFile> toWrite, List<String> toRemove,
                           Set<String> linkable) {
    }

    /** Thrown when a file to keep is not in the output folder as the build that kept it expected. */
    public static final class KeptFileChanged extends IOException {
        KeptFileChanged(String file) {
            super(file + " is no longer in the output folder as the last build wrote it");
        }
    }

    /**
     * A file kept from the output folder ({@link OutputFile.Kept}) must be there as it was when written: another
     * build or a person may have changed the folder since the plan that kept it was made.
     */
    private static void refuseKeptNotHeld(List<OutputFile> files, Optional<OutputManifest> current)
            throws KeptFileChanged {
        for (OutputFile file : files) {
            if (file instanceof OutputFile.Kept kept) {
                OutputManifest.Entry held = current.map(manifest -> manifest.files().get(kept.file())).orElse(null);
                if (held == null || !held.fingerprint().equals(kept.fingerprint())) {
                    throw new KeptFileChanged(kept.file());
                }
            }
        }
    }

    /** Whether the file's fingerprint differs from the one recorded (absent from the record: it differs). */
    private static boolean differs(Map<String, OutputManifest.Entry> recorded, Map<String, String> fingerprints,
                                   OutputFile file) {
        OutputManifest.Entry entry = recorded.get(file.file());
        return entry == null || !entry.fingerprint().equals(fingerprints.get(file.file()));
    }

    /**
     * Opens every file to be copied, before anything changes on disk: each one that cannot be read is reported at
     * its own path, in plain words.
     */
    private static boolean readable(List<OutputFile> toWrite, Set<String> linkable, Diagnostics diagnostics) {
        boolean all = true;
        for (OutputFile file : toWrite) {
            if (file instanceof OutputFile.Copied copied && !linkable.contains(copied.file())) {
                try (InputStream in = Files.newInputStream(copied.source())) {
                    in.read(); // a folder opens, and fails here
                } catch (IOException e) {
                    String why = e instanceof NoSuchFileException // it was there when the sources were listed
                            ? "it was removed while the site was being built" : FileProblems.reason(e);
                    diagnostics.add(Position.ofFile(copied.origin()).error("cannot be read (" + why + ")"));
                    all = false;
                }
            }
        }
        return all;
    }

    /** Brings the spare or the draft up to the new site (or fills a new spare), records it, and swaps it in. */
    private void makeNewSite(NewSite site, Map<String, String> fingerprints, Runnable onFile, boolean oldIsUseful)
            throws IOException {
        Path folder = site.fill().root();
        Thread onStop = new Thread(this::refuseNewWrites, "byline-stop-write");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            if (site.start() == Start.SPARE) {
                folders.distrust(folder);
            } else {
                folders.remove(folders.spare()); // an old spare that cannot be trusted, or that a draft replaces
                if (site.start() == Start.EMPTY) {
                    folders.createSpare();
                }
            }
            writeAll(site.fill(), site.toWrite(), site.linkable(), onFile, site.start() == Start.SPARE);
            for (String file : site.toRemove()) {
                steps.next();
                deleteWithEmptyFolders(folder, folder.resolve(file));
            }
            refuseIfStopping(); // writers skipped files: the new site must not be recorded as complete
            boolean recorded = folders.record(folder, fingerprints);
            synchronized (swapping) {
                refuseIfStopping();
                folders.swapIn(folder, recorded && oldIsUseful);
            }
        } finally {
            removeHook(onStop);
        }
    }

    private void refuseIfStopping() throws IOException {
        if (stopping) {
            throw new IOException("stopped before the new site was complete; " + folders.output() + " is unchanged");
        }
    }

    /** On SIGINT/SIGTERM during a write: no new file and no swap from now on; a swap under way finishes first. */
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

    /**
     * Whether a changed file takes the place of a folder, or needs a folder where a file is, or differs only in case
     * from a removed one (one file on a case-insensitive disk): updating the spare cannot do that safely, filling an
     * empty one can.
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

    /** Deletes a file, then each folder above it that is left empty, up to {@code root}. */
    private static void deleteWithEmptyFolders(Path root, Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            }
            Files.delete(folder);
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

    /** Puts the files into {@code fill}'s folder, in parallel; the {@code linkable} ones as hard links. */
    private void writeAll(FolderFill fill, List<OutputFile> files, Set<String> linkable, Runnable onFile,
                          boolean replacing) throws IOException {
        ExecutorService writers = FolderFill.writers();
        try {
            List<Future<?>> writes = new ArrayList<>(files.size());
            for (OutputFile file : files) {
                writes.add(writers.submit(() -> {
                    if (!stopping) {
                        steps.next();
                        fill.put(file, linkable.contains(file.file()), replacing);
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
            throw new IOException("interrupted while writing " + fill.root(), e);
        } finally {
            writers.shutdownNow();
        }
    }
}
