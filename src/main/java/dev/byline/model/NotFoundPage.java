package dev.byline.model;

/** What {@code 404.jte} receives. */
public record NotFoundPage(Site site, PageMeta meta) implements PageModel {
}
