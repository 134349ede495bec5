package dev.byline.serve;

import java.nio.charset.StandardCharsets;

/** Puts preview-only markup into a page: before its last {@code </body>}, or at the end if it has none. */
final class Injection {

    private Injection() {
    }

    static byte[] beforeBodyEnd(byte[] page, String markup) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.toLowerCase().lastIndexOf("</body>");
        String injected = end < 0 ? html + markup : html.substring(0, end) + markup + html.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
