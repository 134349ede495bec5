package dev.byline.assemble;

import dev.byline.model.Article;
import dev.byline.model.Author;
import dev.byline.model.Site;
import dev.byline.model.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's lists: the index, and the articles grouped by author (co-written pieces under each author) and by tag,
 * newest first. Drafts and scheduled pieces that the preview shows stand in every list at their date, marked by their
 * {@link Article#state()}; only the index's lead story is kept for what a plain build publishes.
 */
public final class Sections {

    private final List<Article> index;
    private final Map<String, List<Article>> byAuthor = new HashMap<>();
    private final Map<String, List<Article>> byTag = new HashMap<>();

    public Sections(Site site) {
        index = leadFirst(site);
        for (Article article : site.articles()) {
            article.authors().forEach(author ->
                    byAuthor.computeIfAbsent(author.slug(), slug -> new ArrayList<>()).add(article));
            article.tags().forEach(tag -> byTag.computeIfAbsent(tag.slug(), slug -> new ArrayList<>()).add(article));
        }
    }

    /**
     * The index's order: the lead story ({@link Site#lead()}) first, then every other article newest first. In a
     * plain build this is simply newest first; in the preview a newer draft or scheduled piece follows the lead.
     */
    public List<Article> index() {
        return index;
    }

    private static List<Article> leadFirst(Site site) {
        Article lead = site.lead();
        if (lead == null || site.articles().get(0) == lead) {
            return site.articles();
        }
        List<Article> ordered = new ArrayList<>(site.articles().size());
        ordered.add(lead);
        site.articles().stream().filter(article -> article != lead).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    public List<Article> of(Author author) {
        return byAuthor.getOrDefault(author.slug(), List.of());
    }

    public List<Article> of(Tag tag) {
        return byTag.getOrDefault(tag.slug(), List.of());
    }
}
