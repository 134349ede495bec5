package dev.byline.assemble;

import dev.byline.model.Article;
import dev.byline.model.Site;
import dev.byline.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final Map<Tag, List<Article>> byTag = new HashMap<>();

    public Neighbours(Site site) {
        this.newestFirst = site.articles();
        for (int i = 0; i < newestFirst.size(); i++) {
            Article article = newestFirst.get(i);
            positions.put(article, i);
            for (Tag tag : article.tags()) {
                List<Article> tagged = byTag.computeIfAbsent(tag, t -> new ArrayList<>());
                if (tagged.size() <= CANDIDATES_PER_TAG) {
                    tagged.add(article);
                }
            }
        }
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

    public List<Article> related(Article article) {
        Map<Article, Integer> shared = new IdentityHashMap<>(); // records hash every field: compare by identity
        for (Tag tag : article.tags()) {
            for (Article candidate : byTag.get(tag)) {
                if (candidate != article) {
                    shared.merge(candidate, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Article, Integer> entry) -> entry.getValue()).reversed()
                        .thenComparing(entry -> positions.get(entry.getKey())))
                .limit(RELATED)
                .map(Map.Entry::getKey)
                .toList();
    }
}
