package dev.byline.model;

/**
 * An article's lead image. {@code caption} and {@code credit} are empty when not given.
 *
 * @param src a URL, or a root-relative site path already resolved against the base path
 */
public record Image(String src, String alt, String caption, String credit) {
}
