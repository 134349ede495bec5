package dev.byline.model;

import java.util.List;

/**
 * What a page's head says about it to browsers, search engines, social networks and feed readers. Built by Byline
 * for every page; templates write it through {@code layout.jte}.
 *
 * @param title          the full {@code <title>}
 * @param description    meta description; empty for none
 * @param canonical      absolute URL of the page
 * @param type           Open Graph type: {@code website}, {@code article} or {@code profile}
 * @param image          the picture link previews show (its address absolute): the page's own, or the site's
 *                       default card; {@link SocialImage#NONE} for none
 * @param publishedTime  ISO 8601, articles only; empty otherwise
 * @param modifiedTime   ISO 8601, articles only; empty otherwise
 * @param authorUrls     absolute URLs of the authors' pages, articles only
 * @param tags           tag names, articles only
 * @param feeds          feeds to advertise
 * @param jsonLd         schema.org JSON-LD, already escaped for a {@code <script>} element
 * @param indexable      false for pages search engines should not list (404, drafts and scheduled pieces in a
 *                       preview)
 * @param section        absolute URL of the first page of the navigation section the page belongs to (the index for
 *                       its later pages, {@code /authors/} for every author's page, {@code /tags/} for every tag's);
 *                       empty for a page in none (an article, the 404 page)
 * @param articleSection the section an article is filed under (its kicker: "Opinion", "Editorial", a column's
 *                       name), articles only; empty otherwise
 */
public record PageMeta(
        String title,
        String description,
        String canonical,
        String type,
        SocialImage image,
        String publishedTime,
        String modifiedTime,
        List<String> authorUrls,
        List<String> tags,
        List<FeedLink> feeds,
        Html jsonLd,
        boolean indexable,
        String section,
        String articleSection) {

    public PageMeta {
        authorUrls = List.copyOf(authorUrls);
        tags = List.copyOf(tags);
        feeds = List.copyOf(feeds);
    }

    public boolean hasImage() {
        return image.isPresent();
    }

    /**
     * The robots meta tag's content: {@code noindex} for a page search engines should not list; for every other,
     * leave to show its picture large in results and Discover ({@code max-image-preview:large}).
     */
    public String robots() {
        return indexable ? "max-image-preview:large" : "noindex";
    }

    /**
     * The {@code aria-current} of a navigation link to an absolute URL on this page: {@code page} when it leads to
     * the page itself, {@code true} when it leads to the section the page is in (Authors, on an author's page), and
     * {@code null} (no attribute) otherwise.
     */
    public String ariaCurrent(String absoluteUrl) {
        if (absoluteUrl.equals(canonical)) {
            return "page";
        }
        return absoluteUrl.equals(section) ? "true" : null;
    }
}
