package dev.byline.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request's path, decoded strictly. Anything a static host would refuse is refused here rather than cleaned up:
 * bad percent-encoding, bytes that are not UTF-8 (overlong forms included), NUL, backslashes, empty, {@code .} and
 * {@code ..} segments. The preview serves from memory, so even an accepted path can only name a file of the site;
 * refusing early keeps the answers those of a careful host (400, not a guess).
 */
final class RequestPath {

    private RequestPath() {
    }

    /** The decoded path, starting with {@code /}, or empty when the request should get 400. */
    static Optional<String> decode(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.allocate(rawPath.length() * 3);
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawPath.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(rawPath.charAt(i + 1), 16);
                int low = Character.digit(rawPath.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0 || path.contains("//")) {
            return Optional.empty();
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }
}
