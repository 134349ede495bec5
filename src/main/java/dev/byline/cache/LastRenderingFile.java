package dev.byline.cache;

import dev.byline.model.ArticleField;
import dev.byline.model.SiteList;
import dev.byline.plan.LastRendering;
import dev.byline.plan.Reads;
import dev.byline.plan.SiteFingerprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The last build's {@link LastRendering}, kept beside the output folder's manifest so the next {@code byline build}
 * renders only what changed: the settings, the site's fingerprints, and every task's recipe hash, reads and file
 * fingerprint as written. A {@link CheckedFile}: a damaged, foreign or half-written one reads as ignored, with the
 * reason, and the build renders everything. It describes one state of the output folder, so the build deletes it
 * before it changes the folder and writes it after ({@link #forget}, {@link #write}): a build stopped in between
 * leaves none, never one that describes another site.
 */
public final class LastRenderingFile {

    static final String KIND = "last rendering";
    static final int FORMAT = 2;
    /** Every fingerprint in the file holds one hash per field of the model as it is now. */
    private static final String MODEL = ArticleField.values().length + " fields, " + SiteList.values().length
            + " lists";

    /** What reading gave: the last rendering, or why there is none to use (empty for no file at all). */
    public record Loaded(Optional<LastRendering> rendering, Optional<String> ignoredBecause, boolean outdated) {

        /** Why the file was not used, when that is worth a warning: it was damaged, not merely outdated. */
        public Optional<String> warning() {
            return outdated ? Optional.empty() : ignoredBecause;
        }
    }

    private LastRenderingFile() {
    }

    public static Loaded read(Path file) {
        CheckedFile.Read read = CheckedFile.read(file, KIND, FORMAT, MODEL);
        if (read instanceof CheckedFile.Ignored ignored) {
            return new Loaded(Optional.empty(), Optional.of(ignored.reason()), ignored.outdated());
        }
        if (read instanceof CheckedFile.Absent) {
            return new Loaded(Optional.empty(), Optional.empty(), false);
        }
        try {
            return new Loaded(Optional.of(body(((CheckedFile.Body) read).in())), Optional.empty(), false);
        } catch (DamagedData | IllegalArgumentException | NullPointerException damaged) {
            return new Loaded(Optional.empty(), Optional.of("it does not read as Byline writes it"), false);
        }
    }

    public static void write(Path file, LastRendering rendering) throws IOException {
        CheckedFile.write(file, KIND, FORMAT, MODEL, out -> body(out, rendering));
    }

    /** Deletes the file: the output folder is about to change. */
    public static void forget(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    private static void body(BinaryOut out, LastRendering rendering) {
        out.writeString(rendering.settings());
        SiteFingerprints fingerprints = rendering.fingerprints();
        List<String> sources = new ArrayList<>(new TreeMap<>(fingerprints.articles()).keySet());
        Map<String, Integer> index = new HashMap<>(sources.size() * 2);
        out.writeInt(sources.size());
        for (String source : sources) {
            index.put(source, index.size());
            out.writeString(source);
            long[] hashes = fingerprints.articles().get(source);
            out.writeInt(hashes.length);
            for (long hash : hashes) {
                out.writeLong(hash);
            }
        }
        hashes(out, fingerprints.authors());
        hashes(out, fingerprints.tags());
        hashes(out, fingerprints.pages());
        out.writeInt(fingerprints.lists().length);
        for (long hash : fingerprints.lists()) {
            out.writeLong(hash);
        }
        out.writeInt(rendering.tasks().size());
        new TreeMap<>(rendering.tasks()).forEach((file, task) -> {
            out.writeString(file);
            out.writeLong(task.recipeHash());
            out.writeString(task.output());
            Reads reads = task.reads();
            out.writeInt(reads.articles().size());
            reads.articles().forEach((source, fields) -> {
                Integer at = index.get(source);
                out.writeInt(at == null ? -1 : at); // a read of an article the site no longer has: by name
                if (at == null) {
                    out.writeString(source);
                }
                out.writeInt(fields);
            });
            strings(out, reads.authors());
            strings(out, reads.tags());
            strings(out, reads.pages());
            out.writeInt(reads.lists());
        });
    }

    private static LastRendering body(BinaryIn in) {
        String settings = in.readString();
        int articleCount = in.readCount();
        List<String> sources = new ArrayList<>(articleCount);
        Map<String, long[]> articles = new HashMap<>(articleCount * 2);
        for (int i = 0; i < articleCount; i++) {
            String source = in.readString();
            long[] hashes = new long[in.readCount()];
            for (int field = 0; field < hashes.length; field++) {
                hashes[field] = in.readLong();
            }
            sources.add(source);
            articles.put(source, hashes);
        }
        Map<String, Long> authors = hashes(in);
        Map<String, Long> tags = hashes(in);
        Map<String, Long> pages = hashes(in);
        long[] lists = new long[in.readCount()];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = in.readLong();
        }
        int taskCount = in.readCount();
        Map<String, LastRendering.TaskRecord> tasks = new HashMap<>(taskCount * 2);
        for (int i = 0; i < taskCount; i++) {
            String file = in.readString();
            long recipeHash = in.readLong();
            String output = in.readString();
            int readCount = in.readCount();
            Map<String, Integer> read = new HashMap<>(readCount * 2);
            for (int r = 0; r < readCount; r++) {
                int at = in.readInt();
                String source = at < 0 ? in.readString() : sources.get(at);
                read.put(source, in.readInt());
            }
            Reads reads = new Reads(read, strings(in), strings(in), strings(in), in.readInt());
            tasks.put(file, new LastRendering.TaskRecord(recipeHash, reads, output));
        }
        if (!in.atEnd()) {
            throw new DamagedData("bytes after the end");
        }
        return new LastRendering(settings, new SiteFingerprints(articles, authors, tags, pages, lists), tasks);
    }

    private static void hashes(BinaryOut out, Map<String, Long> hashes) {
        out.writeInt(hashes.size());
        new TreeMap<>(hashes).forEach((key, hash) -> {
            out.writeString(key);
            out.writeLong(hash);
        });
    }

    private static Map<String, Long> hashes(BinaryIn in) {
        int count = in.readCount();
        Map<String, Long> hashes = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            hashes.put(in.readString(), in.readLong());
        }
        return hashes;
    }

    private static void strings(BinaryOut out, Set<String> strings) {
        out.writeInt(strings.size());
        strings.stream().sorted().forEach(out::writeString);
    }

    private static Set<String> strings(BinaryIn in) {
        int count = in.readCount();
        Set<String> strings = new HashSet<>(count * 2);
        for (int i = 0; i < count; i++) {
            strings.add(in.readString());
        }
        return strings;
    }
}
