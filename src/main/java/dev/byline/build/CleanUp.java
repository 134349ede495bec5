package dev.byline.build;

import dev.byline.io.Folders;
import dev.byline.output.OutputLock;
import dev.byline.output.SiteWriter;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code byline clean}: removes what builds make, the output folder (with the spare Byline keeps beside it; the
 * empty lock file beside it stays, see {@link OutputLock}) and the cache, and nothing that only looks like them.
 * An output folder goes only when a build would replace it (it carries Byline's mark, or is empty); a cache
 * only when it holds nothing but Byline's own folders. When either may not go, neither is touched.
 */
public record CleanUp(Path outputDir, Path cacheDir) {


    /**
     * What {@link #remove()} did: the folders it removed, or, when any may not go, why (one sentence each), with
     * nothing removed.
     */
    public record Removal(List<Path> removed, List<String> problems) {
        public Removal {
            removed = List.copyOf(removed);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Removes the folders that exist, when all may go. Takes the output folder's lock before it looks, and holds it
     * meanwhile, so no build starts writing into what is being removed, and one that did is named.
     */
    public Removal remove() throws IOException {
        try (OutputLock.Acquired build = OutputLock.acquire(outputDir, "byline clean", Duration.ZERO, holder -> { })) {
            List<String> problems = new ArrayList<>();
            if (!SiteWriter.isReplaceable(outputDir)) {
                problems.add(outputDir + " was not built by Byline (it has no " + SiteWriter.MARKER + " file)");
            }
            if (build.taken().isEmpty()) {
                problems.add("a build is writing " + outputDir + " (" + build.holder().description() + ")");
            }
            List<String> strangers = strangers(cacheDir);
            if (!strangers.isEmpty()) {
                problems.add(cacheDir + " holds files Byline did not make there: " + String.join(", ", strangers));
            }
            return problems.isEmpty() ? new Removal(removeAll(), List.of()) : new Removal(List.of(), problems);
        }
    }

    private List<Path> removeAll() throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path folder : List.of(outputDir, cacheDir)) {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Folders.deleteTree(folder);
                removed.add(folder);
            }
        }
        for (Path own : SiteWriter.besides(outputDir)) { // the spare site: hidden, not reported
            Folders.deleteTree(own);
        }
        return removed;
    }

    /** The entries of the cache that are not Byline's; the cache's own name when it is not a folder. */
    private static List<String> strangers(Path cache) throws IOException {
        if (!Files.exists(cache, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isDirectory(cache, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(cache.toString());
        }
        List<String> strangers = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(cache)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean ours = CacheVersion.FOLDERS.contains(name) ? Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        : name.equals(CacheVersion.FILE) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
                if (!ours) {
                    strangers.add(name);
                }
            }
        }
        strangers.sort(null);
        return strangers;
    }
}
