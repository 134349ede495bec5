package dev.byline.assemble;

import dev.byline.model.Article;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The archive's groups: pieces by the year and by the month of their date, newest first, each group's pieces in
 * the order given (the site's: newest first). A date counts as its own page shows it, in the zone it was placed in.
 */
public final class Archive {

    private Archive() {
    }

    public static SortedMap<Integer, List<Article>> byYear(List<Article> articles) {
        return group(articles, article -> article.date().value().getYear());
    }

    public static SortedMap<YearMonth, List<Article>> byMonth(List<Article> articles) {
        return group(articles, article -> YearMonth.from(article.date().value()));
    }

    private static <K extends Comparable<K>> SortedMap<K, List<Article>> group(List<Article> articles,
                                                                              Function<Article, K> key) {
        SortedMap<K, List<Article>> groups = new TreeMap<>(Comparator.reverseOrder());
        for (Article article : articles) {
            groups.computeIfAbsent(key.apply(article), ignored -> new ArrayList<>()).add(article);
        }
        return groups;
    }
}
