package dev.byline.assemble;

import dev.byline.model.Article;
import dev.byline.model.Author;
import dev.byline.model.Site;
import dev.byline.model.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The site's articles grouped by author (co-written pieces under each author) and by tag, newest first. */
public final class Sections {

    private final Map<String, List<Article>> byAuthor = new HashMap<>();
    private final Map<String, List<Article>> byTag = new HashMap<>();

    public Sections(Site site) {
        for (Article article : site.articles()) {
            article.authors().forEach(author ->
                    byAuthor.computeIfAbsent(author.slug(), slug -> new ArrayList<>()).add(article));
            article.tags().forEach(tag -> byTag.computeIfAbsent(tag.slug(), slug -> new ArrayList<>()).add(article));
        }
    }

    public List<Article> of(Author author) {
        return byAuthor.getOrDefault(author.slug(), List.of());
    }

    public List<Article> of(Tag tag) {
        return byTag.getOrDefault(tag.slug(), List.of());
    }
}
