package dev.byline.assemble;

import dev.byline.model.Article;
import dev.byline.model.Author;
import dev.byline.model.Column;
import dev.byline.model.Site;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's lists: the index, and the articles grouped by author (co-written pieces under each author), by tag, by
 * type of work and by column, newest first; and the pieces answering each article, oldest first. Drafts and
 * scheduled pieces that the preview shows stand in every list at their date, marked by their
 * {@link Article#state()}; only the index's lead story, the archive and the corrections are kept for what a plain
 * build publishes.
 */
public final class Sections {

    private final List<Article> index;
    private final Map<String, List<Article>> byAuthor = new HashMap<>();
    private final Map<String, List<Article>> byTag = new HashMap<>();
    private final Map<WorkType, List<Article>> byType = new EnumMap<>(WorkType.class);
    private final Map<Column, List<Article>> byColumn = new LinkedHashMap<>();
    private final Map<String, List<Article>> responses = new HashMap<>();
    private final List<Article> published = new ArrayList<>();
    private final List<Article> corrected = new ArrayList<>();

    public Sections(Site site) {
        index = leadFirst(site);
        for (Article article : site.articles()) {
            article.authors().forEach(author ->
                    byAuthor.computeIfAbsent(author.slug(), slug -> new ArrayList<>()).add(article));
            article.tags().forEach(tag -> byTag.computeIfAbsent(tag.slug(), slug -> new ArrayList<>()).add(article));
            byType.computeIfAbsent(article.type(), type -> new ArrayList<>()).add(article);
            if (article.column() != null) {
                byColumn.computeIfAbsent(article.column(), column -> new ArrayList<>()).add(article);
            }
            if (!article.inResponseTo().isEmpty()) {
                responses.computeIfAbsent(article.inResponseTo(), source -> new ArrayList<>()).add(article);
            }
            if (article.isPublished()) {
                published.add(article);
                if (article.hasCorrections()) {
                    corrected.add(article);
                }
            }
        }
        responses.values().forEach(Collections::reverse); // a conversation reads oldest first
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

    /** The types of work the site's articles are, in {@link WorkType}'s order. */
    public List<WorkType> types() {
        return List.copyOf(byType.keySet());
    }

    public List<Article> of(WorkType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The site's columns, by name. */
    public List<Column> columns() {
        return byColumn.keySet().stream()
                .sorted(Comparator.comparing(Column::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Column::slug))
                .toList();
    }

    public List<Article> of(Column column) {
        return byColumn.getOrDefault(column, List.of());
    }

    /** What the archive lists: the articles a plain build publishes, newest first (no draft, no scheduled piece). */
    public List<Article> published() {
        return Collections.unmodifiableList(published);
    }

    /** The published articles that have corrections, newest first. */
    public List<Article> corrected() {
        return Collections.unmodifiableList(corrected);
    }

    /** The pieces answering {@code article} ({@code inResponseTo:}), oldest first. */
    public List<Article> responsesTo(Article article) {
        return responses.getOrDefault(article.source(), List.of());
    }
}
