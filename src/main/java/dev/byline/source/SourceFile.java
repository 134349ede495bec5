package dev.byline.source;

import java.nio.file.Path;

/**
 * A file of the user's site.
 *
 * @param kind     what it is for
 * @param path     where it is on disk
 * @param display  how messages name it: relative to the working folder when inside it, forward slashes
 * @param relative its path inside its kind's folder (for static files and assets: the path on the site)
 */
public record SourceFile(SourceKind kind, Path path, String display, String relative) {
}
