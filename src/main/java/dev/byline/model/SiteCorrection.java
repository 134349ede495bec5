package dev.byline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One correction on the site, with the article it corrects: an entry of the corrections page and feed.
 *
 * @param number its place among the article's corrections, oldest first, from 1: a later correction leaves it as it is
 */
public record SiteCorrection(Article article, Correction correction, int number) {

    /** Every correction of these articles, newest first; of one day, in the articles' order. */
    public static List<SiteCorrection> newestFirst(List<Article> articles) {
        List<SiteCorrection> all = new ArrayList<>();
        for (Article article : articles) {
            List<Correction> corrections = article.corrections();
            for (int i = 0; i < corrections.size(); i++) {
                all.add(new SiteCorrection(article, corrections.get(i), i + 1));
            }
        }
        all.sort(Comparator.comparing((SiteCorrection entry) -> entry.correction().date()).reversed());
        return List.copyOf(all);
    }

    /** Its anchor on the article's page: {@code correction-1}. */
    public String anchor() {
        return anchor(number);
    }

    /** The anchor of an article's correction on its page, by its place among them, oldest first, from 1. */
    public static String anchor(int number) {
        return "correction-" + number;
    }
}
