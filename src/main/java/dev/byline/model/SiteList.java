package dev.byline.model;

/** What of the {@link Site} as a whole a page or feed can read, each recorded when read (see {@link ReadLog}). */
public enum SiteList {
    /** Which articles the site publishes, in order ({@link Site#articles()}). */
    ARTICLES,
    /** Which authors, in order. */
    AUTHORS,
    /** Which tags, in order. */
    TAGS,
    /** Which article is the lead story ({@link Site#lead()}). */
    LEAD,
    /** The footer's copyright line ({@link Site#copyright()}). */
    COPYRIGHT,
    /** The moment of the build. */
    BUILT_AT,
    /** Which pages the site has ({@code content/pages/}), in order ({@link Site#pages()}). */
    PAGES,
    /** The pages the navigation links to, in order, with their titles ({@link Site#navigation()}). */
    NAV_PAGES,
    /** Which articles the Google News sitemap lists: the published ones of the last two days ({@link Site#news()}). */
    NEWS
}
