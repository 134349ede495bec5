package dev.byline.model;

/**
 * The line above a headline that says what kind of piece it is: the type's label ("Editorial"), or a column's
 * name; linked to the type's or column's page when the site has one.
 *
 * @param label the words shown
 * @param url   root-relative link to the list of such pieces; empty for none
 */
public record Kicker(String label, String url) {

    public boolean hasLink() {
        return !url.isEmpty();
    }
}
