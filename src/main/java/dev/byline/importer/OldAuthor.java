package dev.byline.importer;

import java.util.Map;

/**
 * A writer described by the old site ({@code _authors/}, {@code _data/authors.yml}), or made from a name a post
 * gives.
 *
 * @param handle what posts call them by: a handle, or the name itself
 * @param name   the name to show
 * @param bio    the biography, or empty
 * @param avatar the picture as the old site wrote it, or empty
 * @param links  a label for each web address (Website, GitHub...), in order
 */
public record OldAuthor(String handle, String name, String bio, String avatar, Map<String, String> links) {
}
