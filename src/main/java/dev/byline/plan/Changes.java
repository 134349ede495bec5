package dev.byline.plan;

import dev.byline.model.ArticleField;
import dev.byline.model.SiteList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two sites, part by part, as their {@link SiteFingerprints} tell: which fields of which
 * articles (an article added or removed changed in every field), which authors, tags and pages, which lists. A task must
 * render again when a change {@link #touches} what it read.
 */
public final class Changes {

    private static final int ALL_FIELDS = (1 << ArticleField.values().length) - 1;

    private final Map<String, Integer> articles = new HashMap<>();
    private final Set<String> authors = new HashSet<>();
    private final Set<String> tags = new HashSet<>();
    private final Set<String> pages = new HashSet<>();
    private int lists;

    private Changes() {
    }

    public static Changes between(SiteFingerprints before, SiteFingerprints after) {
        Changes changes = new Changes();
        after.articles().forEach((source, hashes) -> {
            long[] old = before.articles().get(source);
            int changed = 0;
            for (int field = 0; field < hashes.length; field++) {
                if (old == null || old[field] != hashes[field]) {
                    changed |= 1 << field;
                }
            }
            if (changed != 0) {
                changes.articles.put(source, changed);
            }
        });
        before.articles().keySet().stream().filter(source -> !after.articles().containsKey(source))
                .forEach(removed -> changes.articles.put(removed, ALL_FIELDS));
        changes.authors.addAll(changedKeys(before.authors(), after.authors()));
        changes.tags.addAll(changedKeys(before.tags(), after.tags()));
        changes.pages.addAll(changedKeys(before.pages(), after.pages()));
        for (SiteList list : SiteList.values()) {
            if (before.lists()[list.ordinal()] != after.lists()[list.ordinal()]) {
                changes.lists |= Reads.bit(list);
            }
        }
        return changes;
    }

    private static Set<String> changedKeys(Map<String, Long> before, Map<String, Long> after) {
        Set<String> changed = new HashSet<>();
        after.forEach((key, hash) -> {
            if (!Objects.equals(before.get(key), hash)) {
                changed.add(key);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(changed::add);
        return changed;
    }

    /** Whether a task that read {@code reads} may render differently now. */
    public boolean touches(Reads reads) {
        if ((reads.lists() & lists) != 0) {
            return true;
        }
        if (!authors.isEmpty() && reads.authors().stream().anyMatch(authors::contains)) {
            return true;
        }
        if (!tags.isEmpty() && reads.tags().stream().anyMatch(tags::contains)) {
            return true;
        }
        if (!pages.isEmpty() && reads.pages().stream().anyMatch(pages::contains)) {
            return true;
        }
        if (articles.size() < reads.articles().size()) {
            for (Map.Entry<String, Integer> changed : articles.entrySet()) {
                Integer read = reads.articles().get(changed.getKey());
                if (read != null && (read & changed.getValue()) != 0) {
                    return true;
                }
            }
            return false;
        }
        for (Map.Entry<String, Integer> read : reads.articles().entrySet()) {
            Integer changed = articles.get(read.getKey());
            if (changed != null && (changed & read.getValue()) != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "articles " + articles.keySet() + ", authors " + authors + ", tags " + tags + ", pages " + pages + ", lists "
                + lists;
    }
}
