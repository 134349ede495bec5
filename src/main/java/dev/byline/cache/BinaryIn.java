package dev.byline.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what {@link BinaryOut} wrote, from a part of a byte array. Anything that does not read as written (a length
 * beyond the end, an unknown tag) throws {@link DamagedData}, never an index error.
 */
final class BinaryIn {

    private final byte[] bytes;
    private final int end;
    private int position;

    BinaryIn(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new DamagedData("a part beyond the end of the data");
        }
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    /** The whole array read from (parts of it can be kept and read later). */
    byte[] bytes() {
        return bytes;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position == end;
    }

    int readByte() {
        need(1);
        return bytes[position++] & 0xff;
    }

    boolean readBoolean() {
        int value = readByte();
        if (value > 1) {
            throw new DamagedData("a yes-or-no that is neither");
        }
        return value == 1;
    }

    int readInt() {
        need(4);
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[position++] & 0xff);
        }
        return value;
    }

    long readLong() {
        return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
    }

    /** A count of things that follow, each at least one byte long. */
    int readCount() {
        int count = readInt();
        if (count < 0 || count > end - position) {
            throw new DamagedData("a count of " + count + " with " + (end - position) + " bytes left");
        }
        return count;
    }

    String readString() {
        int length = readInt();
        if (length == BinaryOut.NULL) {
            return null;
        }
        if (length == BinaryOut.UTF16) {
            int chars = readInt();
            if (chars < 0 || chars > (end - position) / 2) {
                throw new DamagedData("a string longer than the data");
            }
            char[] text = new char[chars];
            for (int i = 0; i < chars; i++) {
                text[i] = (char) (((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff));
                position += 2;
            }
            return new String(text);
        }
        int start = skip(length);
        return new String(bytes, start, length, StandardCharsets.UTF_8);
    }

    byte[] readBytes() {
        int length = readInt();
        int start = skip(length);
        return Arrays.copyOfRange(bytes, start, start + length);
    }

    /** Moves past {@code length} bytes; gives where they start. */
    int skip(int length) {
        need(length);
        int start = position;
        position += length;
        return start;
    }

    private void need(int length) {
        if (length < 0 || length > end - position) {
            throw new DamagedData("data that ends before it should");
        }
    }
}
