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
 * @param image          absolute URL of the social card image; empty for none
 * @param imageAlt       its alt text
 * @param publishedTime  ISO 8601, articles only; empty otherwise
 * @param modifiedTime   ISO 8601, articles only; empty otherwise
 * @param authorUrls     absolute URLs of the authors' pages, articles only
 * @param tags           tag names, articles only
 * @param feeds          feeds to advertise
 * @param jsonLd         schema.org JSON-LD, already escaped for a {@code <script>} element
 * @param indexable      false for pages search engines should not list (404)
 */
public record PageMeta(
        String title,
        String description,
        String canonical,
        String type,
        String image,
        String imageAlt,
        String publishedTime,
        String modifiedTime,
        List<String> authorUrls,
        List<String> tags,
        List<FeedLink> feeds,
        Html jsonLd,
        boolean indexable) {

    public PageMeta {
        authorUrls = List.copyOf(authorUrls);
        tags = List.copyOf(tags);
        feeds = List.copyOf(feeds);
    }

    public boolean hasImage() {
        return !image.isEmpty();
    }
}
