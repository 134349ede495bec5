package dev.byline.plan;

import java.util.List;

/**
 * A 64-bit FNV-1a hash of text, the same in every run and on every JVM (unlike {@code hashCode()} of records holding
 * enums): what the plan keeps of a value to tell, in a later build, whether it changed. A chance of about 1 in 2^64
 * that a changed value looks the same.
 */
final class Hash64 {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final int SHORT = 128;
    private static final int CHUNK = 512;

    private long hash = OFFSET;

    /** Adds a part; parts are separated, so {@code ("ab", "c")} and {@code ("a", "bc")} differ. */
    Hash64 add(String part) {
        if (part == null) {
            return add(-1L);
        }
        int length = part.length();
        long h = hash;
        if (length <= SHORT) {
            for (int i = 0; i < length; i++) {
                h = (h ^ part.charAt(i)) * PRIME; // a UTF-16 unit at a time
            }
        } else {
            // the same, over chunks copied into an array: the quick JIT tier takes half the time charAt takes on a
            // long text, and an article's body is hashed in every cold build (a copy is not worth it for a slug)
            char[] chunk = new char[Math.min(length, CHUNK)];
            for (int start = 0; start < length; start += CHUNK) {
                int count = Math.min(CHUNK, length - start);
                part.getChars(start, start + count, chunk, 0);
                for (int i = 0; i < count; i++) {
                    h = (h ^ chunk[i]) * PRIME;
                }
            }
        }
        hash = (h ^ 0x1f) * PRIME ^ length;
        return this;
    }

    /** Adds a part of bytes (UTF-8 HTML, say), a byte at a time; separated from the next part as text is. */
    Hash64 add(byte[] part) {
        long h = hash;
        for (byte b : part) {
            h = (h ^ (b & 0xff)) * PRIME;
        }
        hash = (h ^ 0x1f) * PRIME ^ part.length;
        return this;
    }

    Hash64 add(long number) {
        hash = (hash ^ number) * PRIME;
        hash = (hash ^ (number >>> 32)) * PRIME;
        return this;
    }

    Hash64 addAll(List<String> parts) {
        add(parts.size());
        parts.forEach(this::add);
        return this;
    }

    long value() {
        return hash;
    }

    static long of(String text) {
        return new Hash64().add(text).value();
    }

    static long of(byte[] bytes) {
        return new Hash64().add(bytes).value();
    }
}
