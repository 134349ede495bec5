package dev.byline.catalog;

import dev.byline.assemble.PublishingRules.Verdict;
import dev.byline.model.ArticleDate;
import java.util.List;

/**
 * One article as {@code byline list} shows it.
 *
 * @param state     what a plain {@code byline build} makes of it: published, draft, scheduled or expired
 * @param verdict   what the rules the site was rendered with made of it: {@code PUBLISH} when that rendering
 *                  published it (drafts do with --drafts), or why it was held back
 * @param words     the words a reader sees
 * @param authors   the writers' names, or a registry slug whose writer the build did not resolve
 * @param file      the article's file, as messages name it
 */
public record CatalogEntry(ArticleDate date, Verdict state, Verdict verdict, int words, List<String> authors,
                           String title, String file) {

    public CatalogEntry {
        authors = List.copyOf(authors);
    }
}
