package dev.byline.model;

/**
 * What {@code redirect.jte} receives: the page at one of an article's old addresses ({@code aliases:}), which sends
 * the reader on to the article.
 */
public record RedirectPage(Site site, PageMeta meta, Article article) implements PageModel {
}
