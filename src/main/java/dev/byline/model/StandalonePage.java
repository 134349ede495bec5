package dev.byline.model;

/** What {@code page.jte} receives: one of the site's pages ({@code content/pages/}). */
public record StandalonePage(Site site, Page page, PageMeta meta) implements PageModel {
}
