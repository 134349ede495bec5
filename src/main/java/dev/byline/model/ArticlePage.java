package dev.byline.model;

import java.util.List;

/**
 * What {@code article.jte} receives.
 *
 * @param previous the article published just before this one, or {@code null}
 * @param next     the article published just after this one, or {@code null}
 * @param related  up to three articles sharing its tags, most tags in common first, then newest
 */
public record ArticlePage(Site site, Article article, Article previous, Article next, List<Article> related,
                          PageMeta meta) implements PageModel {

    public ArticlePage {
        related = List.copyOf(related);
    }
}
