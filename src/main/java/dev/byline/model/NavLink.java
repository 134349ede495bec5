package dev.byline.model;

/**
 * A link site.yaml adds to the site's navigation ({@code nav:}).
 *
 * @param title the link's text
 * @param url   as written: a site path such as {@code /tags/campus/} or a full web address; templates link to
 *              {@code site.resolve(url)}, which gives a site path the base URL's path
 */
public record NavLink(String title, String url) {
}
