package dev.byline.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A growing buffer of the values a cache file holds, big-endian as {@link java.io.DataOutputStream} writes them.
 * Strings are written as UTF-8; one UTF-8 cannot hold (a lone surrogate, which Java strings allow) as UTF-16, so
 * every string reads back equal. Read with {@link BinaryIn}. A buffer made {@link #drainingTo} hands what it holds
 * to its drain whenever it is full, instead of growing: a big file is written without being held whole.
 */
final class BinaryOut {

    static final int NULL = -1;
    static final int UTF16 = -2;
    private static final int DRAINED_AT = 1 << 16;

    /** Where a draining buffer's bytes go. */
    @FunctionalInterface
    interface Drain {
        void accept(byte[] bytes, int offset, int length);
    }

    private byte[] bytes = new byte[1 << 12];
    private int size;
    private final Drain drain;

    BinaryOut() {
        this.drain = null;
    }

    private BinaryOut(Drain drain) {
        this.drain = drain;
        this.bytes = new byte[DRAINED_AT];
    }

    /** A buffer that hands its bytes to {@code drain} when full and on {@link #drain()}; not for size or checksum. */
    static BinaryOut drainingTo(Drain drain) {
        return new BinaryOut(drain);
    }

    /** Hands what a draining buffer holds to its drain. */
    void drain() {
        if (size > 0) {
            drain.accept(bytes, 0, size);
            size = 0;
        }
    }
    /** The chars of the string being written. */
    private char[] chars = new char[1 << 10];

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Forgets what was written, keeping the room: for writing one part after another. */
    void clear() {
        size = 0;
    }

    /** Appends what {@code part} holds. */
    void writeRaw(BinaryOut part) {
        writeRaw(part.bytes, 0, part.size);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** The CRC-32C of what was written. */
    int checksum() {
        return checksum(bytes, 0, size);
    }

    static int checksum(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    void writeByte(int value) {
        room(1);
        bytes[size++] = (byte) value;
    }

    void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    void writeInt(int value) {
        room(4);
        putInt(size, value);
        size += 4;
    }

    private void putInt(int at, int value) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[at++] = (byte) (value >>> shift);
        }
    }

    void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    /**
     * A string, or {@code null}. Encoded to UTF-8 here, in the same pass that looks for lone surrogates, rather than
     * scanned first and encoded by {@link String#getBytes}: parsing writes every article's HTML through this.
     */
    void writeString(String value) {
        if (value == null) {
            writeInt(NULL);
            return;
        }
        int length = value.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        value.getChars(0, length, chars, 0);
        room(4 + 3 * length); // three bytes at most per char; a surrogate pair takes four for its two
        int lengthAt = size; // after room, which may drain the buffer
        size += 4;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xc0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xe0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[++i]);
                bytes[size++] = (byte) (0xf0 | codePoint >> 18);
                bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
                bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
                bytes[size++] = (byte) (0x80 | codePoint & 0x3f);
            } else {
                size = lengthAt;
                writeUtf16(length);
                return;
            }
        }
        putInt(lengthAt, size - lengthAt - 4);
    }

    /** The string in {@link #chars}, as UTF-16: a lone surrogate, which Java strings allow, has no UTF-8. */
    private void writeUtf16(int length) {
        writeInt(UTF16);
        writeInt(length);
        room(2 * length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) (chars[i] >>> 8);
            bytes[size++] = (byte) chars[i];
        }
    }

    /** Bytes with their length before them. */
    void writeBytes(byte[] value) {
        writeInt(value.length);
        writeRaw(value, 0, value.length);
    }

    void writeRaw(byte[] value, int offset, int length) {
        room(length);
        System.arraycopy(value, offset, bytes, size, length);
        size += length;
    }

    private void room(int more) {
        if (drain != null && bytes.length - size < more) {
            drain();
        }
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
