package dev.byline.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What tells a touched but unchanged file from a changed one: the length of its bytes and two independent 32-bit
 * checksums of them (CRC-32C and CRC-32), the same check {@code output.Fingerprint} trusts for written files. An
 * edit that keeps the length and both checksums has a chance of about 2^-64; nobody forges an article against
 * their own cache. Much cheaper than a cryptographic hash: both checksums are intrinsics even in a cold JVM.
 */
public final class ContentHash {

    static final int LENGTH = 12;
    private static final byte[] UNREADABLE = new byte[0];

    private ContentHash() {
    }

    /** The file's hash; an empty one, which matches none, when it cannot be read. */
    public static byte[] of(Path file) {
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException | OutOfMemoryError unreadable) {
            return UNREADABLE.clone();
        }
    }

    /** The hash of a file's bytes; an empty one, which matches none, for {@code null} (the file could not be read). */
    public static byte[] of(byte[] bytes) {
        if (bytes == null) {
            return UNREADABLE.clone();
        }
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 classic = new CRC32();
        classic.update(bytes);
        return ByteBuffer.allocate(LENGTH)
                .putInt(bytes.length)
                .putInt((int) castagnoli.getValue())
                .putInt((int) classic.getValue())
                .array();
    }
}
