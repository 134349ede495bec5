package dev.byline.model;

/** What a page's template receives: one record per kind of page, each with the site and the page's head. */
public sealed interface PageModel permits IndexPage, ArticlePage, AuthorsPage, AuthorPage, TagsPage, TagPage,
        NotFoundPage, StandalonePage, TypePage, ColumnPage, ArchivePage, ArchiveYearPage, CorrectionsPage,
        RedirectPage {

    Site site();

    PageMeta meta();
}
