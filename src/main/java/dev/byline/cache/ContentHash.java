package dev.byline.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 of a file's bytes: what tells a touched but unchanged file from a changed one. */
public final class ContentHash {

    static final int LENGTH = 32;
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

    public static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
