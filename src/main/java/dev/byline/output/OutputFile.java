package dev.byline.output;

import java.nio.file.Path;

/** A file of the built site: rendered in memory, or copied from the user's folder. */
public sealed interface OutputFile {

    /** Path relative to the site root, forward slashes. */
    String file();

    /** What produced it, for messages: a template name or a source file. */
    String origin();

    record Rendered(String file, String origin, byte[] bytes) implements OutputFile {
    }

    record Copied(String file, String origin, Path source) implements OutputFile {
    }
}
