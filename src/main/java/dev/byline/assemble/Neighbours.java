package dev.byline.assemble;

import dev.byline.model.Article;
import dev.byline.model.Site;
import dev.byline.model.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each article's neighbours: the articles published just before and after it, and up to three related ones (most
 * tags in common, then newest). Linear in the number of articles: candidates come only from the newest
 * {@link #CANDIDATES_PER_TAG} articles of each of the article's tags, so a tag with thousands of articles does not
 * make the step quadratic.
 */
public final class Neighbours {

    static final int RELATED = 3;
    static final int CANDIDATES_PER_TAG = 20;

    private final List<Article> newestFirst;
    private final Map<Article, Integer> positions = new IdentityHashMap<>();
    /** For each tag, the positions of its newest articles: the candidates for related articles. */
    private final Map<Tag, int[]> candidates = new HashMap<>();
    /** Per position, how many tags it shares with the article being looked at; zeroed after each look. */
    private final int[] shared;

    public Neighbours(Site site) {
        this.newestFirst = site.articles();
        this.shared = new int[newestFirst.size()];
        Map<Tag, List<Integer>> byTag = new HashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Article article = newestFirst.get(i);
            positions.put(article, i);
            for (Tag tag : article.tags()) {
                List<Integer> tagged = byTag.computeIfAbsent(tag, t -> new ArrayList<>());
                if (tagged.size() <= CANDIDATES_PER_TAG) {
                    tagged.add(i);
                }
            }
        }
        byTag.forEach((tag, tagged) -> candidates.put(tag, tagged.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The article published just before this one, or {@code null}. */
    public Article previous(Article article) {
        int position = positions.get(article);
        return position + 1 < newestFirst.size() ? newestFirst.get(position + 1) : null;
    }

    /** The article published just after this one, or {@code null}. */
    public Article next(Article article) {
        int position = positions.get(article);
        return position > 0 ? newestFirst.get(position - 1) : null;
    }

    /**
     * Up to {@link #RELATED} articles sharing the most tags with this one, then the newest. Counted over positions
     * in the newest-first list, not records (a record hashes every field), and without sorting: the candidates are
     * a few dozen, the kept ones three. Not thread-safe: the counts are kept in one array.
     */
    public List<Article> related(Article article) {
        int self = positions.get(article);
        int[] touched = new int[article.tags().size() * (CANDIDATES_PER_TAG + 1)];
        int touchedCount = 0;
        for (Tag tag : article.tags()) {
            for (int position : candidates.get(tag)) {
                if (position != self && shared[position]++ == 0) {
                    touched[touchedCount++] = position;
                }
            }
        }
        int[] best = new int[RELATED];
        int[] bestShared = new int[RELATED];
        int kept = 0;
        for (int t = 0; t < touchedCount; t++) {
            int position = touched[t];
            int count = shared[position];
            shared[position] = 0;
            int at = kept;
            while (at > 0 && (count > bestShared[at - 1] || count == bestShared[at - 1] && position < best[at - 1])) {
                at--;
            }
            if (at < RELATED) {
                int last = Math.min(kept, RELATED - 1);
                System.arraycopy(best, at, best, at + 1, last - at);
                System.arraycopy(bestShared, at, bestShared, at + 1, last - at);
                best[at] = position;
                bestShared[at] = count;
                kept = Math.min(kept + 1, RELATED);
            }
        }
        List<Article> related = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            related.add(newestFirst.get(best[i]));
        }
        return related;
    }
}
