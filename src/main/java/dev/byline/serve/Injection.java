package dev.byline.serve;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts preview-only markup into a page: before its last {@code </body>}, or at the end if it has none. */
final class Injection {

    /** Matched in the page itself: lower-casing the page first can change its length and shift the position. */
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);

    private Injection() {
    }

    static byte[] beforeBodyEnd(byte[] page, String markup) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = -1;
        Matcher bodyEnd = BODY_END.matcher(html);
        while (bodyEnd.find()) {
            end = bodyEnd.start();
        }
        String injected = end < 0 ? html + markup : html.substring(0, end) + markup + html.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
