package dev.byline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Byline's version and build stamp, and the jte version it ships, from the resource Maven fills in. The stamp changes with every build of Byline,
 * so compiled templates cached by an older build (against older model classes) are never reused.
 */
public record BylineVersion(String version, String build, String jte) {

    public static BylineVersion current() {
        try (InputStream in = BylineVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return new BylineVersion(properties.getProperty("version", "dev"), properties.getProperty("build", ""),
                    properties.getProperty("jte", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
