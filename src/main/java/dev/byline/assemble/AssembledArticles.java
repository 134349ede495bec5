package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.model.Article;
import dev.byline.model.ArticleState;
import dev.byline.model.Author;
import dev.byline.model.Column;
import dev.byline.model.Image;
import dev.byline.model.Tag;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The articles the last assembly made, by document: an unchanged document (the very parse kept since) with the same
 * byline, tags, lead image, state, column and answered article gives the very same {@link Article} again, so the
 * stages after assembly tell it unchanged at a glance instead of comparing its text. One per pipeline, for the same
 * site settings; not thread-safe.
 */
public final class AssembledArticles {

    /** What assembly settled of a document beyond the document itself. */
    record Resolved(List<Author> byline, List<Tag> tags, Image image, ArticleState state, Column column,
                    String answered) {
    }

    private record Made(Resolved resolved, Article article) {
    }

    private Map<ArticleDocument, Made> made = new IdentityHashMap<>();
    private Map<ArticleDocument, Made> next = new IdentityHashMap<>();

    /** The article made of these, as made last time when they are the same, else made now by {@code make}. */
    Article article(ArticleDocument document, Resolved resolved, Supplier<Article> make) {
        Made before = made.get(document);
        Made now = before != null && before.resolved().equals(resolved) ? before : new Made(resolved, make.get());
        next.put(document, now);
        return now.article();
    }

    /** Ends an assembly: what it made is what the next one may take again. */
    void finish() {
        made = next;
        next = new IdentityHashMap<>();
    }

    /** Ends a patch of the last assembly (see {@link Reassembly}): the articles it made join the others. */
    void finishPatch() {
        made.putAll(next);
        next = new IdentityHashMap<>();
    }

    /** Forgets every article: the site's settings changed. */
    public void clear() {
        made = new IdentityHashMap<>();
        next = new IdentityHashMap<>();
    }
}
