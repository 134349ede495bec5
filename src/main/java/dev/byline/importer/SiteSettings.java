package dev.byline.importer;

import dev.byline.diag.Diagnostic;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Pieces of an old site's settings that Jekyll and Hugo give alike. */
public final class SiteSettings {

    public static final String UNKNOWN_ADDRESS = "https://example.org/";

    private SiteSettings() {
    }

    /**
     * The site's address with a final slash, from its host part and its path part ({@code url} and
     * {@code baseurl}, or Hugo's one {@code baseURL}); {@link #UNKNOWN_ADDRESS} when it has no host.
     */
    public static String baseUrl(String host, String path) {
        String joined = host.replaceFirst("/+$", "") + "/" + path.replaceFirst("^/+", "");
        try {
            URI uri = URI.create(joined.strip());
            if ((uri.getScheme() == null || !uri.getScheme().startsWith("http")) || uri.getHost() == null) {
                return UNKNOWN_ADDRESS;
            }
        } catch (IllegalArgumentException notAnAddress) {
            return UNKNOWN_ADDRESS;
        }
        return joined.endsWith("/") ? joined : joined + "/";
    }

    /** The path part of an address, without its final slash ({@code /blog}), or empty. */
    public static String basePath(String address) {
        try {
            String path = URI.create(address.strip()).getPath();
            return path == null ? "" : path.replaceFirst("/+$", "");
        } catch (IllegalArgumentException notAnAddress) {
            return "";
        }
    }

    /** The zone of a zone id, UTC (reported) when it is none. */
    public static ZoneId zone(String id, String file, Consumer<Diagnostic> notes) {
        if (id.isEmpty()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            notes.accept(Diagnostic.warning(file, 0, 0, "time zone \"" + id + "\" is not one Byline knows; dates "
                    + "without an offset are read in UTC"));
            return ZoneId.of("UTC");
        }
    }
}
