package dev.byline.catalog;

import dev.byline.assemble.PublishingRules;
import dev.byline.build.BuildResult;
import dev.byline.content.ArticleDocument;
import dev.byline.content.AuthorRef;
import dev.byline.model.Author;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every article of a site, published or not, with its state: what {@code byline list} shows. */
public final class Catalog {

    private Catalog() {
    }

    /**
     * The articles of a rendering that succeeded, newest first (then by title).
     *
     * @param rules the rules the site was rendered with: whose {@code now} judges every state, and which say what
     *              that rendering published
     */
    public static List<CatalogEntry> of(BuildResult.Rendered rendered, PublishingRules rules) {
        PublishingRules plainBuild = rules.plainBuild();
        Map<String, String> names = rendered.site().authors().stream()
                .collect(Collectors.toMap(Author::slug, Author::name));
        return rendered.documents().stream()
                .map(document -> new CatalogEntry(document.date(), plainBuild.judge(document),
                        rules.judge(document), document.body().words(),
                        authorNames(document, names), document.title(), document.source().display()))
                .sorted(Comparator.comparing(CatalogEntry::date).reversed().thenComparing(CatalogEntry::title))
                .toList();
    }

    /**
     * The names of the article's writers. A registry writer is known by name only when the rendering published one
     * of their articles (the registry itself is not part of its result): an expired article's writer may show as
     * their slug.
     */
    private static List<String> authorNames(ArticleDocument document, Map<String, String> names) {
        Function<AuthorRef, String> name = ref -> ref instanceof AuthorRef.Named named ? named.profile().name()
                : names.getOrDefault(((AuthorRef.Slug) ref).slug(), ((AuthorRef.Slug) ref).slug());
        return document.authors().stream().map(name).toList();
    }
}
