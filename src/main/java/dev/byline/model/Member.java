package dev.byline.model;

/**
 * A member of an organization, on the organization's page.
 *
 * @param hasPage whether they have an author page to link to: only authors of published pieces have one
 */
public record Member(Author person, boolean hasPage) {
}
