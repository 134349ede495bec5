package dev.byline.feed;

import dev.byline.model.Article;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Atom entries already written, by article: an article sits in the site's feed, its authors' and its tags', and in
 * {@code serve} in every rebuild, and writing its entry (the whole article, escaped) is the costly part of a feed.
 * Keyed by the article's value, so an edited article gets a new entry. Entries depend on the site's settings too:
 * make a new instance when they change. Thread-safe.
 */
public final class FeedEntries {

    private final Map<Article, byte[]> entries = new ConcurrentHashMap<>();

    byte[] get(Article article, Function<Article, byte[]> write) {
        return entries.computeIfAbsent(article, write);
    }

    /** Forgets these articles' entries (articles edited since): a set of ten thousand articles costs milliseconds. */
    public void forget(Collection<Article> articles) {
        entries.keySet().removeAll(articles);
    }

    /** Forgets the entries of articles no longer in the site, so an edited article's old entries do not pile up. */
    public void keepOnly(Collection<Article> articles) {
        entries.keySet().retainAll(new HashSet<>(articles));
    }
}
