package dev.byline.cache;

import dev.byline.BylineVersion;
import dev.byline.io.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * A cache file that is checked whole before any of it is trusted. It starts with a fixed mark, what it holds (its
 * kind) and the format of that, then the length and CRC-32C checksum of the rest; the rest names the Byline and the
 * Java runtime that wrote it and the settings it was made with, then holds the body. A file cut short, with a
 * flipped byte, of another kind or format, from another Byline or Java (whose Unicode and time-zone data shape parsed
 * text and dates), or made with other settings, reads as {@link Ignored} with the reason, never as a body. Written
 * whole or not at all (into a temporary file renamed into place), so a build killed at any moment leaves the old file or the
 * new one; the checksum catches what even that cannot rule out (a full disk, a crash of the machine).
 */
final class CheckedFile {

    private static final byte[] MARK = "BYLINE\u0000C".getBytes(StandardCharsets.US_ASCII);

    /** What reading gave. */
    sealed interface Read permits Body, Absent, Ignored {
    }

    /** The body, checked: read it with {@code in}, whose bytes stay valid as long as it is referenced. */
    record Body(BinaryIn in) implements Read {
    }

    /** No file there: a first build. */
    record Absent() implements Read {
    }

    /**
     * A file that is not trusted, and why, in words for the site's writer.
     *
     * @param outdated whether it is simply of another time (another Byline, Java or settings): expected, nothing to
     *                 warn about, unlike a damaged file
     */
    record Ignored(String reason, boolean outdated) implements Read {
        Ignored(String reason) {
            this(reason, false);
        }
    }

    /** The programs that write and read a file, which must be the same for the file to be trusted. */
    record Origin(String byline, String java) {

        static Origin current() {
            return new Origin(BylineVersion.current().stamp(), Runtime.version().toString());
        }
    }

    private CheckedFile() {
    }

    static void write(Path file, String kind, int format, String settingsKey, Consumer<BinaryOut> body)
            throws IOException {
        write(file, kind, format, Origin.current(), settingsKey, body);
    }

    /**
     * As written by {@code origin}: for tests of what another Byline or Java wrote. The body goes to disk as it is
     * written (a store of 100,000 parses is 700 MB), and the head, which gives its length and checksum, is written
     * over its place at the start once the body is complete; the whole file then takes its name.
     */
    static void write(Path file, String kind, int format, Origin origin, String settingsKey,
                      Consumer<BinaryOut> body) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.position(head(kind, format, 0, 0).size());
            CRC32C checksum = new CRC32C();
            long[] length = {0};
            BinaryOut rest = BinaryOut.drainingTo((bytes, offset, count) -> {
                checksum.update(bytes, offset, count);
                length[0] += count;
                writeFully(channel, ByteBuffer.wrap(bytes, offset, count), -1);
            });
            try {
                rest.writeString(origin.byline());
                rest.writeString(origin.java());
                rest.writeString(settingsKey);
                body.accept(rest);
                rest.drain();
                BinaryOut head = head(kind, format, length[0], (int) checksum.getValue());
                writeFully(channel, ByteBuffer.wrap(head.toByteArray()), 0);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        Folders.move(temporary, file);
    }

    private static BinaryOut head(String kind, int format, long length, int checksum) {
        BinaryOut head = new BinaryOut();
        head.writeRaw(MARK, 0, MARK.length);
        head.writeString(kind);
        head.writeInt(format);
        head.writeLong(length);
        head.writeInt(checksum);
        return head;
    }

    /** Writes all of {@code bytes}, at {@code position}, or where the channel is when that is negative. */
    private static void writeFully(FileChannel channel, ByteBuffer bytes, long position) {
        try {
            long at = position;
            while (bytes.hasRemaining()) {
                int written = at < 0 ? channel.write(bytes) : channel.write(bytes, at);
                if (at >= 0) {
                    at += written;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read read(Path file, String kind, int format, String settingsKey) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return new Absent();
        } catch (IOException | OutOfMemoryError unreadable) {
            return new Ignored("it could not be read (" + unreadable.getMessage() + ")");
        }
        try {
            return check(bytes, kind, format, settingsKey);
        } catch (DamagedData cutShort) {
            return cutShort();
        }
    }

    private static Ignored cutShort() {
        return new Ignored("it is incomplete, cut short before its end");
    }

    private static Read check(byte[] bytes, String kind, int format, String settingsKey) {
        int marked = Math.min(bytes.length, MARK.length);
        if (bytes.length < MARK.length && Arrays.equals(bytes, 0, marked, MARK, 0, marked)) {
            return cutShort();
        }
        if (bytes.length < MARK.length || !Arrays.equals(bytes, 0, MARK.length, MARK, 0, MARK.length)) {
            return new Ignored("it is not a cache file Byline wrote");
        }
        BinaryIn head = new BinaryIn(bytes, MARK.length, bytes.length - MARK.length);
        if (!kind.equals(head.readString())) {
            return new Ignored("it is not a cache of " + kind);
        }
        if (head.readInt() != format) {
            return new Ignored("it is in another format of Byline's cache");
        }
        long length = head.readLong();
        int checksum = head.readInt();
        int restStart = head.position();
        if (length > bytes.length - restStart) {
            return cutShort();
        }
        if (length != bytes.length - restStart || BinaryOut.checksum(bytes, restStart, (int) length) != checksum) {
            return new Ignored("it is damaged (its checksum does not match what it holds)");
        }
        BinaryIn rest = new BinaryIn(bytes, restStart, (int) length);
        Origin current = Origin.current();
        if (!current.byline().equals(rest.readString())) {
            return new Ignored("it was written by another version of Byline", true);
        }
        String java = rest.readString();
        if (!current.java().equals(java)) {
            return new Ignored("it was written under another version of Java (" + java + "; this is "
                    + current.java() + ")", true);
        }
        if (!settingsKey.equals(rest.readString())) {
            return new Ignored("the site's settings changed since it was written", true);
        }
        return new Body(rest);
    }
}
