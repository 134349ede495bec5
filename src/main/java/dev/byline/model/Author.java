package dev.byline.model;

/**
 * A writer. {@code bio} is empty when none is known.
 *
 * @param slug the author's id and the last part of their page's path
 * @param url  root-relative link to the author's page
 */
public record Author(String slug, String name, String bio, String url) {

    public boolean hasBio() {
        return !bio.isEmpty();
    }
}
