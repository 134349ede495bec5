package dev.byline.content;

import dev.byline.diag.Position;
import dev.byline.yaml.Located;

/**
 * The {@code image:} of an article as written; {@code src} is resolved against the base path when assembled.
 *
 * @param position where {@code src} is written, for messages about the file it names
 */
public record ImageRef(String src, String alt, String caption, String credit, Position position) {

    /** {@code src} with where it is written. */
    public Located<String> source() {
        return new Located<>(src, position);
    }
}
