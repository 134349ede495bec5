package dev.byline.model;

import java.util.List;

/**
 * What {@code index.jte} receives: one page of the index, the lead story first on the first page, then the others
 * newest first.
 */
public record IndexPage(Site site, List<Article> articles, Pagination pagination, PageMeta meta) implements PageModel {

    public IndexPage {
        articles = List.copyOf(articles);
    }

    /**
     * Whether the page opens with the lead story ({@code articles().get(0)}): the first page does when the site
     * publishes an article. A preview showing only drafts has none, as the real site has none.
     */
    public boolean hasLead() {
        // the very record of the site's list: comparing records would compare their whole text
        return pagination.isFirst() && !articles.isEmpty() && articles.get(0) == site.lead();
    }
}
