package dev.byline.cache;

import dev.byline.content.ArticleParse;
import dev.byline.content.ImageSizes;
import dev.byline.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The parsed articles of the last build, kept on disk ({@code .byline-cache/build/}) so that a build in a fresh
 * process parses again only the articles that changed.
 *
 * <p>What it keeps, for each article file by its path in {@code content/articles/}: the file's path, display name,
 * kind and {@link SourceFile#version() version} as the scan saw them, the {@link ContentHash} of its bytes, and its
 * whole {@link ArticleParse}: the parsed article with everything in it, the messages about it, and what the parse
 * read besides the file (the sizes of the site's images its body shows).
 *
 * <p>How it is checked: a kept parse is given for a file only when the file's path, display name and kind are the
 * ones it was kept for (so every position and message in it reads exactly as a fresh parse would write it), the
 * file is the same version (nothing is read) or, when its version moved (touched, copied back), its bytes hash the
 * same, and every image size the parse read is still the same. The file as a whole is trusted only when it was
 * written whole, by this Byline under this Java, for the same settings ({@link CheckedFile}); else {@link #load}
 * says why and gives an empty store. Bad data never throws and is never used.
 *
 * <p>Why it is safe after a kill: {@link #save} writes a new file beside the old one and renames it into place, so
 * a build killed at any moment leaves the old file or the new one, both whole; a file damaged some other way fails
 * its checksum and is ignored.
 *
 * <p>Thread-safe: parallel parses may look up and put at once.
 */
public final class ParsedArticleStore {

    static final String KIND = "parsed articles";
    static final int FORMAT = 5; // 2: ContentHash is a length and two CRCs, no longer a SHA-256; 3: bodies as UTF-8;
    // 4: type of work, column, inResponseTo, canonical; inline authors' taglines; 5: aliases

    /**
     * A loaded store.
     *
     * @param ignoredBecause why the file on disk was not used (damaged, from another Byline, for other settings...),
     *                       for one warning; empty when it was used or there was none
     */
    public record Loaded(ParsedArticleStore store, Optional<String> ignoredBecause, boolean outdated) {

        /** Why the file was not used, when that is worth a warning: it was damaged, not merely outdated. */
        public Optional<String> warning() {
            return outdated ? Optional.empty() : ignoredBecause;
        }
    }

    /** One kept parse, for the file it was kept for. */
    private record Entry(String kind, String path, String display, String version, byte[] contentHash, Kept kept) {

        /** Whether this was kept for that file (any version of it). */
        boolean isFor(SourceFile file) {
            return kind.equals(file.kind().name()) && path.equals(file.path().toString())
                    && display.equals(file.display());
        }

        boolean sameVersion(SourceFile file) {
            return !version.equals(SourceFile.UNKNOWN_VERSION) && version.equals(file.version());
        }

        boolean sameContent(byte[] hash) {
            return hash != null && hash.length == ContentHash.LENGTH && Arrays.equals(hash, contentHash);
        }

        Entry withVersion(String newVersion) {
            return new Entry(kind, path, display, newVersion, contentHash, kept);
        }
    }

    /**
     * What an entry keeps of its parse: its encoding, a part of the file as loaded; or, for a parse made in this
     * run, the parse itself, encoded only when the store is saved (the parse is in memory anyway: its encoding
     * beside it would take as much again, 7 KB an article).
     */
    private sealed interface Kept {
        record Encoded(byte[] bytes, int offset, int length) implements Kept {
        }

        record Parsed(ArticleParse parse) implements Kept {
        }
    }

    private final String settingsKey;
    private final Map<String, Entry> entries;

    private ParsedArticleStore(String settingsKey, Map<String, Entry> entries) {
        this.settingsKey = settingsKey;
        this.entries = new ConcurrentHashMap<>(entries);
    }

    /**
     * A store with nothing in it.
     *
     * @param settingsKey every setting that shapes a parse (time zone, base path, raw-HTML policy, default author,
     *                    display root...), as one string: a store made with other settings is never used
     */
    public static ParsedArticleStore empty(String settingsKey) {
        return new ParsedArticleStore(settingsKey, Map.of());
    }

    /** The store in {@code file}; an empty one, with the reason, when the file is there but cannot be trusted. */
    public static Loaded load(Path file, String settingsKey) {
        CheckedFile.Read read = CheckedFile.read(file, KIND, FORMAT, settingsKey);
        if (read instanceof CheckedFile.Ignored ignored) {
            return new Loaded(empty(settingsKey), Optional.of(ignored.reason()), ignored.outdated());
        }
        if (read instanceof CheckedFile.Absent) {
            return new Loaded(empty(settingsKey), Optional.empty(), false);
        }
        try {
            return new Loaded(new ParsedArticleStore(settingsKey, entries(((CheckedFile.Body) read).in())),
                    Optional.empty(), false);
        } catch (DamagedData damaged) { // a checksum that holds over bytes this code did not write
            return new Loaded(empty(settingsKey), Optional.of("it does not read as Byline writes it"), false);
        }
    }

    private static Map<String, Entry> entries(BinaryIn in) {
        int count = in.readCount();
        Map<String, Entry> entries = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String relative = in.readString();
            String kind = in.readString();
            String path = in.readString();
            String display = in.readString();
            String version = in.readString();
            byte[] contentHash = in.readBytes();
            int length = in.readInt();
            int offset = in.skip(length);
            if (relative == null || kind == null || path == null || display == null || version == null) {
                throw new DamagedData("an entry without its file");
            }
            entries.put(relative, new Entry(kind, path, display, version, contentHash,
                    new Kept.Encoded(in.bytes(), offset, length)));
        }
        if (!in.atEnd()) {
            throw new DamagedData("bytes after the last entry");
        }
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /**
     * The kept parse of {@code file}, as a fresh parse of it would give it now, when there is one that still holds.
     * A hit on content (the version moved, the bytes did not) keeps the new version, so the next lookup reads nothing.
     *
     * @param contentHash the hash of the file's bytes ({@link ContentHash#of(Path)}), asked for only when the
     *                    file's version is not the one kept; compute it before parsing, so that a file changed
     *                    while it is parsed is parsed again next time
     * @param images      the site's image sizes as they are now
     */
    public Optional<ArticleParse> lookup(SourceFile file, Supplier<byte[]> contentHash, ImageSizes images) {
        Entry entry = entries.get(file.relative());
        if (entry == null || !entry.isFor(file)) {
            return Optional.empty();
        }
        boolean sameVersion = entry.sameVersion(file);
        if (!sameVersion && !entry.sameContent(contentHash.get())) {
            return Optional.empty();
        }
        ArticleParse parse;
        if (entry.kept() instanceof Kept.Parsed parsed) {
            parse = parsed.parse();
            if (!parse.article().source().equals(file)) {
                return Optional.empty(); // made for another version of the file: parsed again, rarely
            }
        } else {
            Kept.Encoded encoded = (Kept.Encoded) entry.kept();
            try {
                parse = ArticleParseCodec.read(new BinaryIn(encoded.bytes(), encoded.offset(), encoded.length()),
                        file);
            } catch (DamagedData | IllegalArgumentException | NullPointerException damaged) { // the records' checks
                entries.remove(file.relative(), entry);
                return Optional.empty();
            }
        }
        if (!parse.reads().stillHold(images)) {
            return Optional.empty();
        }
        if (!sameVersion) {
            entries.replace(file.relative(), entry, entry.withVersion(file.version()));
        }
        return Optional.of(parse);
    }

    /**
     * Keeps {@code parse}, the parse of {@code file}, in place of what was kept for it.
     *
     * @param contentHash the {@link ContentHash} of the bytes that were parsed, computed before parsing them
     */
    public void put(SourceFile file, byte[] contentHash, ArticleParse parse) {
        if (!parse.article().source().equals(file)) {
            throw new IllegalArgumentException("a parse of " + parse.article().source() + " kept for " + file);
        }
        entries.put(file.relative(), new Entry(file.kind().name(), file.path().toString(), file.display(),
                file.version(), contentHash.clone(), new Kept.Parsed(parse)));
    }

    /**
     * Writes the store to {@code file}, whole or not at all, with only the entries of {@code articles}, the article
     * files of the site now: the parses of files deleted, renamed or moved are dropped.
     */
    public void save(Path file, Collection<SourceFile> articles) throws IOException {
        Map<String, SourceFile> now = articles.stream()
                .collect(Collectors.toMap(SourceFile::relative, article -> article, (first, second) -> first));
        Map<String, Entry> kept = new TreeMap<>(); // sorted: the same store gives the same bytes
        entries.forEach((relative, entry) -> {
            if (now.containsKey(relative) && entry.isFor(now.get(relative))) {
                kept.put(relative, entry);
            }
        });
        BinaryOut parse = new BinaryOut(); // one parse's encoding at a time, to know its length before it
        CheckedFile.write(file, KIND, FORMAT, settingsKey, out -> {
            out.writeInt(kept.size());
            kept.forEach((relative, entry) -> {
                out.writeString(relative);
                out.writeString(entry.kind());
                out.writeString(entry.path());
                out.writeString(entry.display());
                out.writeString(entry.version());
                out.writeBytes(entry.contentHash());
                if (entry.kept() instanceof Kept.Encoded encoded) {
                    out.writeInt(encoded.length());
                    out.writeRaw(encoded.bytes(), encoded.offset(), encoded.length());
                } else {
                    parse.clear();
                    ArticleParseCodec.write(parse, ((Kept.Parsed) entry.kept()).parse());
                    out.writeInt(parse.size());
                    out.writeRaw(parse);
                }
            });
        });
    }
}
