package dev.byline.serve;

import dev.byline.model.SitePaths;
import java.util.Locale;
import java.util.Map;

/** Content-Type by file name, as a static host would send it; text types say their charset. */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    private ContentTypes() {
    }

    static String of(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals(SitePaths.ATOM_FEED)) {
            return "application/atom+xml; charset=utf-8";
        }
        if (name.equals(SitePaths.JSON_FEED)) {
            return "application/feed+json; charset=utf-8";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream"
                : BY_EXTENSION.getOrDefault(name.substring(dot + 1), "application/octet-stream");
    }

    static boolean isHtml(String file) {
        return of(file).startsWith("text/html");
    }
}
