package dev.byline.content;

/**
 * A link or image in an article's Markdown, as the page will have it, with where it is written.
 *
 * @param href   the link as rendered (base path added); empty when it was refused ({@code javascript:})
 * @param line   1-based line within the body (add the body's first line for the file's line)
 * @param column 1-based column
 * @param image  whether it is an image ({@code ![alt](src)})
 * @param alt    an image's alt text; empty for links
 */
public record BodyLink(String href, int line, int column, boolean image, String alt) {
}
