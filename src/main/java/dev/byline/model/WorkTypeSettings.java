package dev.byline.model;

/**
 * How the site presents one {@link WorkType} (site.yaml's {@code types:}, defaults filled in).
 *
 * @param label      the kicker above the headline of a piece of this type (a column's is its name)
 * @param title      the heading of the type's list page: site.yaml's title, or its label when it gives only that,
 *                   else the type's plural ("Guest Essays")
 * @param disclaimer the note under a piece of this type: the type's own, or the site's; empty for none
 * @param listed     whether the type gets a list page, {@code /types/<type>/}, and its feed
 */
public record WorkTypeSettings(String label, String title, String disclaimer, boolean listed) {

    public boolean hasDisclaimer() {
        return !disclaimer.isEmpty();
    }
}
