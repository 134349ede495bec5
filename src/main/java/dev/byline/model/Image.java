package dev.byline.model;

/**
 * An article's lead image. {@code caption} and {@code credit} are empty when not given; {@code width} and
 * {@code height} are 0 when unknown (remote images, formats the JDK cannot read).
 *
 * @param src a URL, or a root-relative link already resolved against the base path
 */
public record Image(String src, String alt, String caption, String credit, int width, int height) {

    public boolean hasSize() {
        return width > 0 && height > 0;
    }
}
