package dev.byline.model;

/**
 * A heading in an article's table of contents.
 *
 * @param level 2 for {@code ##}, 3 for {@code ###}
 * @param id    the heading's anchor
 */
public record TocEntry(int level, String id, String text) {
}
