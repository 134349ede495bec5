package dev.byline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Byline's version, build stamp and git commit, and the jte version it ships, from the resource Maven fills in. The
 * stamp changes with every build of Byline, so caches written by an older build (compiled templates against older
 * model classes, records of the last build) are never reused.
 *
 * @param commit the abbreviated git commit Byline was built from; {@value #UNKNOWN_COMMIT} when built outside git
 */
public record BylineVersion(String version, String build, String commit, String jte) {

    public static final String UNKNOWN_COMMIT = "unknown commit";

    public static BylineVersion current() {
        try (InputStream in = BylineVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return new BylineVersion(properties.getProperty("version", "dev"), properties.getProperty("build", ""),
                    properties.getProperty("commit", UNKNOWN_COMMIT), properties.getProperty("jte", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line that differs between any two builds of Byline: what caches record as the Byline that wrote them. */
    public String stamp() {
        return version + " " + build + " " + commit + " jte " + jte;
    }

    /** The version and commit, as {@code byline --version} names them: {@code 0.1.0 (commit 1a2b3c4)}. */
    public String describe() {
        return version + " (" + (commit.equals(UNKNOWN_COMMIT) ? commit : "commit " + commit) + ")";
    }
}
