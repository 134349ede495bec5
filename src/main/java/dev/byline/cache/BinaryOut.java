package dev.byline.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A growing buffer of the values a cache file holds, big-endian as {@link java.io.DataOutputStream} writes them.
 * Strings are written as UTF-8; one UTF-8 cannot hold (a lone surrogate, which Java strings allow) as UTF-16, so
 * every string reads back equal. Read with {@link BinaryIn}.
 */
final class BinaryOut {

    static final int NULL = -1;
    static final int UTF16 = -2;

    private byte[] bytes = new byte[1 << 12];
    private int size;

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
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
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    /** A string, or {@code null}. */
    void writeString(String value) {
        if (value == null) {
            writeInt(NULL);
        } else if (hasLoneSurrogate(value)) {
            writeInt(UTF16);
            writeInt(value.length());
            room(2 * value.length());
            for (int i = 0; i < value.length(); i++) {
                bytes[size++] = (byte) (value.charAt(i) >>> 8);
                bytes[size++] = (byte) value.charAt(i);
            }
        } else {
            writeBytes(value.getBytes(StandardCharsets.UTF_8));
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
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairStart) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
