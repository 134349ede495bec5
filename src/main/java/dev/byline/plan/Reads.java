package dev.byline.plan;

import dev.byline.model.ArticleField;
import dev.byline.model.ReadLog;
import dev.byline.model.SiteList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one task read of the site while its model was built and its output rendered, as the model's accessors told
 * the {@link ReadLog}: for each article the fields read (a bit per {@link ArticleField}), the authors and tags, and
 * the pages of {@code content/pages/}, and the site's lists (a bit per {@link SiteList}). A task whose reads no change touches renders the same bytes again.
 *
 * @param articles article source -> bits of the fields read
 */
public record Reads(Map<String, Integer> articles, Set<String> authors, Set<String> tags, Set<String> pages,
                    int lists) {

    public static final Reads NONE = new Reads(Map.of(), Set.of(), Set.of(), Set.of(), 0);

    public Reads {
        articles = Map.copyOf(articles);
        authors = Set.copyOf(authors);
        tags = Set.copyOf(tags);
        pages = Set.copyOf(pages);
    }

    /**
     * Tells {@code other} every read here: a part made once and used by several tasks (a feed entry) hands its
     * reads to each task that takes it. Safe from any thread: a {@code Reads} does not change.
     */
    public void replayInto(ReadLog.Recorder other) {
        if (other == null) {
            return;
        }
        articles.forEach((source, fields) -> {
            for (ArticleField field : ArticleField.values()) {
                if ((fields & bit(field)) != 0) {
                    other.article(source, field);
                }
            }
        });
        authors.forEach(other::author);
        tags.forEach(other::tag);
        pages.forEach(other::page);
        for (SiteList list : SiteList.values()) {
            if ((lists & bit(list)) != 0) {
                other.site(list);
            }
        }
    }

    public static int bit(ArticleField field) {
        return 1 << field.ordinal();
    }

    public static int bit(SiteList list) {
        return 1 << list.ordinal();
    }

    /** Collects the reads of one task, on the thread that runs it; a read already heard costs a map lookup. */
    public static final class Recorder implements ReadLog.Recorder {

        private final Map<String, Integer> articles = new HashMap<>();
        private final Set<String> authors = new HashSet<>();
        private final Set<String> tags = new HashSet<>();
        private final Set<String> pages = new HashSet<>();
        private int lists;
        /** The article read last and its fields so far: a template reads one article's fields in a row. */
        private String lastSource;
        private int lastFields;

        @Override
        public void article(String source, ArticleField field) {
            int bit = bit(field);
            if (source != lastSource) { // the very string: each article's source is one string
                flush();
                lastSource = source;
                lastFields = articles.getOrDefault(source, 0);
            }
            lastFields |= bit;
        }

        private void flush() {
            if (lastSource != null) {
                articles.put(lastSource, lastFields);
            }
        }

        @Override
        public void author(String slug) {
            authors.add(slug);
        }

        @Override
        public void tag(String slug) {
            tags.add(slug);
        }

        @Override
        public void page(String slug) {
            pages.add(slug);
        }

        @Override
        public void site(SiteList list) {
            lists |= bit(list);
        }

        public Reads reads() {
            flush();
            return new Reads(articles, authors, tags, pages, lists);
        }
    }
}
