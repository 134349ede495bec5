package dev.byline.output;

import java.nio.file.Path;

/**
 * A file of the built site: rendered in memory, copied from the user's folder, kept as the output folder holds
 * it (a build that renders only what changed), or written already into the build's draft of the new site.
 */
public sealed interface OutputFile {

    /** Path relative to the site root, forward slashes. */
    String file();

    /** What produced it, for messages: a template name or a source file. */
    String origin();

    record Rendered(String file, String origin, byte[] bytes) implements OutputFile {
    }

    record Copied(String file, String origin, Path source) implements OutputFile {
    }

    /**
     * The file the output folder holds now, which the build did not render again: its bytes are those it had when
     * written with this {@link Fingerprint}; the writer refuses it when the folder holds another version.
     */
    record Kept(String file, String origin, String fingerprint) implements OutputFile {
    }

    /** A rendered file already written into the build's {@link Draft}, with this {@link Fingerprint}. */
    record Written(String file, String origin, String fingerprint) implements OutputFile {
    }
}
