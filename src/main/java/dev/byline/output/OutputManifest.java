package dev.byline.output;

import dev.byline.io.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the last build wrote into the output folder: each file's {@link Fingerprint} with the size and time it had
 * on disk right after, and each folder's time. Kept in the cache folder, not in the site (hosts would serve it).
 * It is trusted only while the folder still matches it: a file changed or removed changes its own size or time, and
 * a file or folder added, removed or renamed changes its folder's time, so a stat of each recorded path (no
 * directory listing, which costs several times as much) tells whether anyone else touched the site.
 *
 * @param files   site path to entry
 * @param folders folder path ({@code ""} for the output folder) to modification time in nanoseconds
 */
record OutputManifest(Map<String, Entry> files, Map<String, Long> folders) {

    private static final String HEADER = "byline output manifest 2";

    /** One output file: its fingerprint, and its size and modification time (ns) as written. */
    record Entry(String fingerprint, long size, long modifiedNanos) {
    }

    OutputManifest {
        files = Map.copyOf(files);
        folders = Map.copyOf(folders);
    }

    /** The manifest, if there is one and the output folder is still exactly what it describes. */
    static Optional<OutputManifest> readMatching(Path manifestFile, Path outputDir) {
        return read(manifestFile).filter(manifest -> manifest.matches(outputDir));
    }

    /** The manifest of a folder just written: the files' fingerprints, and the files' and folders' state now. */
    static OutputManifest of(Path outputDir, Map<String, String> fingerprints) throws IOException {
        try {
            Map<String, Entry> files = fingerprints.entrySet().parallelStream()
                    .collect(Collectors.toMap(Map.Entry::getKey, file -> {
                        BasicFileAttributes written = attributes(outputDir.resolve(file.getKey()));
                        return new Entry(file.getValue(), written.size(), nanos(written));
                    }));
            Map<String, Long> folders = foldersOf(fingerprints.keySet()).parallelStream()
                    .collect(Collectors.toMap(folder -> folder, folder -> nanos(attributes(outputDir.resolve(folder)))));
            return new OutputManifest(files, folders);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the manifest, whole or not at all (a temporary file renamed into place). */
    void write(Path manifestFile) throws IOException {
        Folders.writeWhole(manifestFile, out -> {
            out.write(HEADER + "\n");
            for (Map.Entry<String, Long> folder : folders.entrySet()) {
                out.write("d " + folder.getValue() + " " + folder.getKey() + "\n");
            }
            for (Map.Entry<String, Entry> file : files.entrySet()) {
                Entry entry = file.getValue();
                out.write("f " + entry.fingerprint() + " " + entry.size() + " " + entry.modifiedNanos() + " "
                        + file.getKey() + "\n");
            }
        });
    }

    static void delete(Path manifestFile) throws IOException {
        Files.deleteIfExists(manifestFile);
    }

    /** Whether a path can be recorded one per line. */
    static boolean recordable(String file) {
        return file.indexOf('\n') < 0 && file.indexOf('\r') < 0;
    }

    /** Every folder holding a file, up to the output folder itself ({@code ""}). */
    private static Set<String> foldersOf(Set<String> files) {
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String file : files) {
            for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                if (!folders.add(file.substring(0, slash))) {
                    break; // its parents are in already
                }
            }
        }
        return folders;
    }

    private boolean matches(Path outputDir) {
        return files.entrySet().parallelStream().allMatch(file -> {
            BasicFileAttributes now = attributesOrNull(outputDir.resolve(file.getKey()));
            return now != null && now.isRegularFile() && now.size() == file.getValue().size()
                    && nanos(now) == file.getValue().modifiedNanos();
        }) && folders.entrySet().parallelStream().allMatch(folder -> {
            BasicFileAttributes now = attributesOrNull(outputDir.resolve(folder.getKey()));
            return now != null && now.isDirectory() && nanos(now) == folder.getValue();
        });
    }

    private static Optional<OutputManifest> read(Path manifestFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifestFile, StandardCharsets.UTF_8);
        } catch (IOException absentOrUnreadable) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        Map<String, Entry> files = new HashMap<>(lines.size() * 2);
        Map<String, Long> folders = new HashMap<>();
        try {
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("d ")) {
                    String[] parts = line.split(" ", 3);
                    folders.put(parts[2], Long.parseLong(parts[1]));
                } else {
                    String[] parts = line.split(" ", 5);
                    files.put(parts[4], new Entry(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3])));
                }
            }
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
        return Optional.of(new OutputManifest(files, folders));
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BasicFileAttributes attributesOrNull(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException gone) {
            return null;
        }
    }

    private static long nanos(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
