package dev.byline.model;

/**
 * A page of the site that is not an article (About, Masthead, a policy), from {@code content/pages/}: at
 * {@code /<slug>/}, in the sitemap, never in feeds or article lists.
 *
 * @param source      the file it came from, as messages name it
 * @param slug        the one part of its address, and its identity
 * @param url         root-relative link to it
 * @param description a sentence about it for search engines and social cards; empty for none
 * @param updated     when it last changed, as its front matter says; {@code null} when it does not say
 * @param nav         whether the site's navigation links to it
 * @param order       its place among the pages, smaller first; {@link #UNORDERED} when none is given
 */
public record Page(String source, String slug, String url, String title, String description, Html body,
                   ArticleDate updated, boolean nav, int order) {

    /** The order of a page that gives none: after every page that does. */
    public static final int UNORDERED = Integer.MAX_VALUE;

    // Every part of a page but the slug, its identity, is recorded as one read of the page (see ReadLog): a page is
    // read whole by its own page, and only its title and link by the others (through Site.navigation()).

    @Override
    public String source() {
        ReadLog.page(slug);
        return source;
    }

    @Override
    public String url() {
        ReadLog.page(slug);
        return url;
    }

    @Override
    public String title() {
        ReadLog.page(slug);
        return title;
    }

    @Override
    public String description() {
        ReadLog.page(slug);
        return description;
    }

    @Override
    public Html body() {
        ReadLog.page(slug);
        return body;
    }

    @Override
    public ArticleDate updated() {
        ReadLog.page(slug);
        return updated;
    }

    @Override
    public boolean nav() {
        ReadLog.page(slug);
        return nav;
    }

    @Override
    public int order() {
        ReadLog.page(slug);
        return order;
    }

    public boolean hasDescription() {
        return !description().isEmpty();
    }

    public boolean hasUpdated() {
        return updated() != null;
    }
}
