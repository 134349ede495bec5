package dev.byline.io;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Media types by file extension, as a static host sends them: for the preview server's {@code Content-Type} and a
 * feed's {@code media:content type}. A fixed table, not the JDK's, whose guesses differ between versions.
 */
public final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain"),
            Map.entry("svg", "image/svg+xml"),
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
    /** The types that are text, whose charset a server names. */
    private static final Set<String> TEXT = Set.of("text/html", "text/css", "text/javascript", "application/json",
            "application/xml", "text/plain", "image/svg+xml");

    private MediaTypes() {
    }

    /** The type of a file or URL path by its extension ({@code a/B.JPG} -> {@code image/jpeg}); empty if unknown. */
    public static Optional<String> of(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1)));
    }

    public static boolean isText(String type) {
        return TEXT.contains(type);
    }
}
