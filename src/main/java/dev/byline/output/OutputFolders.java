package dev.byline.output;

import dev.byline.io.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The output folder and the two folders beside it that let a build replace it in one move: the spare
 * ({@code .site-out.byline-spare}), where the next site is made while the current one is served, and, for an
 * instant, the retiring one ({@code .site-out.byline-retiring}). The spare is kept between builds: it holds the
 * site before last, so the next build writes into it only what differs from that, and then swaps it in.
 *
 * <p>Each folder's {@link OutputManifest} is kept in the cache under the folder's inode (its file key), which a
 * rename does not change: swapping the folders swaps their manifests with them, and a manifest is trusted only while
 * its folder still matches it. Where the file system gives no file key, nothing is trusted and every build writes
 * the whole site.
 *
 * <p>The swap is three renames: site-out to retiring, spare to site-out, retiring to spare. Between the first two,
 * for a few microseconds, there is no site-out; a run killed there leaves the names saying how far it got, and
 * {@link #recover()}, which every write runs first, finishes the swap (the spare is complete, its manifest says so)
 * or, when it was a build's draft going in, puts the old site back (there is no spare then).
 */
final class OutputFolders {

    private final Path output;
    private final Path spare;
    private final Path retiring;
    private final Path manifestStem;
    private final WriteSteps steps;

    /** @param manifestStem manifests go to {@code <stem>.<folder key>.manifest}; {@code null} to keep none */
    OutputFolders(Path output, Path manifestStem, WriteSteps steps) {
        this.output = output;
        this.manifestStem = manifestStem;
        this.steps = steps;
        String name = output.getFileName().toString();
        this.spare = output.resolveSibling("." + name + ".byline-spare");
        this.retiring = output.resolveSibling("." + name + ".byline-retiring");
    }

    Path output() {
        return output;
    }

    Path spare() {
        return spare;
    }

    /** The folders Byline keeps beside an output folder, for {@code byline clean}: builds' drafts too. */
    static Set<Path> besides(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        OutputFolders folders = new OutputFolders(absolute, null, new WriteSteps());
        Set<Path> besides = new java.util.HashSet<>(Draft.all(absolute));
        besides.add(folders.spare);
        besides.add(folders.retiring);
        return besides;
    }

    /** The folder's manifest, when one is kept and the folder is still exactly what it describes. */
    Optional<OutputManifest> trusted(Path folder) {
        return manifestFile(folder).flatMap(file -> OutputManifest.readMatching(file, folder));
    }

    /** Records what {@code folder} holds now; {@code false} when it cannot be kept. */
    boolean record(Path folder, java.util.Map<String, String> fingerprints) throws IOException {
        Optional<Path> file = manifestFile(folder);
        if (file.isEmpty()) {
            return false;
        }
        steps.next();
        OutputManifest.of(folder, fingerprints).write(file.get());
        return true;
    }

    /** Stops trusting the folder: done before its first change, so a run killed mid-way leaves it untrusted. */
    void distrust(Path folder) throws IOException {
        Optional<Path> file = manifestFile(folder);
        if (file.isPresent()) {
            steps.next();
            OutputManifest.delete(file.get());
        }
    }

    /** Removes the folder and its manifest. */
    void remove(Path folder) throws IOException {
        distrust(folder);
        Folders.deleteTree(folder);
    }

    /** Makes an empty spare that carries Byline's mark. */
    void createSpare() throws IOException {
        Files.createDirectories(spare);
        Files.writeString(spare.resolve(SiteWriter.MARKER), SiteWriter.MARKER_TEXT);
    }

    /**
     * Puts the complete new site ({@code complete}: the spare, or a draft when there is no spare) in place of the
     * output folder; the old output folder becomes the spare, or is removed when {@code keepOld} is false (its
     * manifest did not match: it is no use as a starting point).
     */
    void swapIn(Path complete, boolean keepOld) throws IOException {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            steps.next();
            Folders.move(complete, output);
            return;
        }
        steps.next();
        Folders.move(output, retiring);
        steps.next();
        Folders.move(complete, output);
        steps.next();
        Folders.move(retiring, spare);
        if (!keepOld) {
            remove(spare);
        }
        pruneManifests();
    }

    /**
     * Finishes a swap that a killed run left half done, so that the output folder is the site that run completed:
     * when there is a retiring folder and no output folder, the spare is the new site (it is renamed only once
     * complete and recorded) and goes in; the retiring folder becomes the spare.
     */
    boolean recover() throws IOException {
        if (!wasCut()) {
            return false;
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(spare) && trusted(spare).isPresent()) {
                Folders.move(spare, output);
            } else {
                Folders.move(retiring, output); // a draft was going in: the old site is the safe one
                return true;
            }
        }
        if (Files.exists(spare, LinkOption.NOFOLLOW_LINKS)) {
            remove(retiring);
        } else {
            Folders.move(retiring, spare);
        }
        return true;
    }

    /** Whether a swap was cut: the retiring folder exists only during one. */
    boolean wasCut() {
        return Files.exists(retiring, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The manifest file of a folder: named after the output folder's stem and the folder's file key. Empty when no
     * manifests are kept, the folder is absent, or the file system has no file keys.
     */
    private Optional<Path> manifestFile(Path folder) {
        if (manifestStem == null) {
            return Optional.empty();
        }
        try {
            Object key = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            if (key == null) {
                return Optional.empty();
            }
            String id = UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
            return Optional.of(manifestStem.resolveSibling(manifestStem.getFileName() + "." + id + ".manifest"));
        } catch (IOException absent) {
            return Optional.empty();
        }
    }

    /** Removes the manifests of this output's folders that are gone (deleted by hand, or older Byline versions'). */
    private void pruneManifests() throws IOException {
        if (manifestStem == null || !Files.isDirectory(manifestStem.getParent())) {
            return;
        }
        Set<Path> kept = new java.util.HashSet<>();
        manifestFile(output).ifPresent(kept::add);
        manifestFile(spare).ifPresent(kept::add);
        String prefix = manifestStem.getFileName() + ".";
        try (DirectoryStream<Path> manifests = Files.newDirectoryStream(manifestStem.getParent(),
                entry -> entry.getFileName().toString().startsWith(prefix)
                        && entry.getFileName().toString().endsWith(".manifest"))) {
            for (Path manifest : manifests) {
                if (!kept.contains(manifest)) {
                    Files.deleteIfExists(manifest);
                }
            }
        }
    }
}
