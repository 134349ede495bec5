package dev.byline.source;

import java.nio.file.Path;

/**
 * A file of the user's site.
 *
 * @param kind     what it is for
 * @param path     where it is on disk
 * @param display  how messages name it: relative to the working folder when inside it, forward slashes
 * @param relative its path inside its kind's folder (for static files and assets: the path on the site)
 * @param version  its {@link dev.byline.io.FileVersion} when the scan found it; {@link #UNKNOWN_VERSION} when not
 *                 known, which matches no other
 */
public record SourceFile(SourceKind kind, Path path, String display, String relative, String version) {

    /** The version of a file whose attributes could not be read, or that was not found by a scan. */
    public static final String UNKNOWN_VERSION = "";

    /** A file whose version is not known (one made by Byline itself, or in a test). */
    public SourceFile(SourceKind kind, Path path, String display, String relative) {
        this(kind, path, display, relative, UNKNOWN_VERSION);
    }

    /** Whether this is the same version of the same file as {@code other}, as far as the scan can tell. */
    public boolean sameVersion(SourceFile other) {
        return !version.equals(UNKNOWN_VERSION) && version.equals(other.version) && path.equals(other.path);
    }
}
