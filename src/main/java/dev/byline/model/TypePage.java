package dev.byline.model;

import java.util.List;

/**
 * What {@code type.jte} receives: one type of work (editorials, letters...) and one page of its pieces.
 *
 * @param settings how the site labels the type (its list's heading is {@link WorkTypeSettings#title()})
 */
public record TypePage(Site site, WorkType type, WorkTypeSettings settings, List<Article> articles,
                       Pagination pagination, PageMeta meta) implements PageModel {

    public TypePage {
        articles = List.copyOf(articles);
    }

    /** Root-relative link to the type's Atom feed. */
    public String feedUrl() {
        return site.config().typeFeedUrl(type);
    }
}
