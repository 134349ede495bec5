package dev.byline.source;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.io.FileProblems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Reads a user's text file as strict UTF-8: a byte-order mark is dropped and Windows or old Mac line endings become
 * {@code \n}; bytes that are not UTF-8 are an error naming the line and column where they start, never a silently
 * mangled character.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static Optional<String> read(SourceFile file, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            diagnostics.add(Position.ofFile(file.display()).error(FileProblems.cannotBeRead(e)));
            return Optional.empty();
        }
        return decode(bytes, file.display(), diagnostics);
    }

    public static Optional<String> decode(byte[] bytes, String display, Diagnostics diagnostics) {
        String lenient = new String(bytes, StandardCharsets.UTF_8); // much faster than a decoder into a buffer
        if (lenient.indexOf('\uFFFD') < 0) { // nothing was replaced, so the bytes are UTF-8 and this is their text
            return Optional.of(withoutBom(normalizeLineEndings(lenient)));
        }
        return decodeStrictly(bytes, display, diagnostics); // bad bytes, or the replacement character itself
    }

    private static Optional<String> decodeStrictly(byte[] bytes, String display, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // position as the user's editor shows it: line endings of any kind, no byte-order mark
            String before = withoutBom(normalizeLineEndings(new String(bytes, 0, in.position(), StandardCharsets.UTF_8)));
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            diagnostics.add(new Position(display, line, column).error(String.format(
                    "not UTF-8 text (byte 0x%02X); save the file as UTF-8 in your editor",
                    bytes[in.position()] & 0xFF)));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(withoutBom(normalizeLineEndings(out.toString())));
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String normalizeLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
