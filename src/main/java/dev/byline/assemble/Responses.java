package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.content.ParsedArticle;
import dev.byline.content.Slugs;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Suggestions;
import dev.byline.yaml.Located;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settles which article each piece answers ({@code inResponseTo: <slug>}): one of the site's articles by its slug
 * as published. Naming none is an error, wherever the piece stands; naming one the build holds back (a draft, a
 * scheduled or expired piece) leaves the published piece without its link, with a warning.
 */
final class Responses {

    private final Map<String, ArticleDocument> bySlug = new HashMap<>();
    private final Map<ArticleDocument, PublishingRules.Verdict> verdicts;

    /** @param verdicts every settled document and what the publishing rules say of it */
    Responses(Map<ArticleDocument, PublishingRules.Verdict> verdicts) {
        this.verdicts = verdicts;
        verdicts.keySet().forEach(document -> bySlug.put(document.slug().value(), document));
    }

    /**
     * The source of the published article {@code document} answers; empty when it answers none, or one not
     * published. Checks held pieces and files with errors too, so that their mistakes show before they go
     * online.
     */
    String answered(ParsedArticle document, Diagnostics diagnostics) {
        Located<String> written = document.inResponseTo();
        if (written == null) {
            return "";
        }
        ArticleDocument answered = bySlug.get(written.value());
        if (answered == null) {
            diagnostics.add(written.position().error("inResponseTo: no article has the slug \"" + written.value()
                    + "\"; " + suggestion(written.value()).map(slug -> "did you mean " + slug + "?")
                    .orElse("name the article answered by its slug, the last part of its address")));
            return "";
        }
        if (answered == document) {
            diagnostics.add(written.position().error("inResponseTo names this article itself; name the article "
                    + "it answers"));
            return "";
        }
        PublishingRules.Verdict verdict = verdicts.get(answered);
        if (verdict != PublishingRules.Verdict.PUBLISH) {
            if (verdicts.get(document) == PublishingRules.Verdict.PUBLISH) {
                diagnostics.add(written.position().warning("inResponseTo: the article \"" + written.value()
                        + "\" is " + held(verdict) + ", so this piece goes out without its \"In response to\" "
                        + "link until that article is published"));
            }
            return "";
        }
        return answered.source().display();
    }

    /** The slug nearest to what was written, also when the writer gave the article's address. */
    private Optional<String> suggestion(String written) {
        List<String> parts = List.of(written.split("/"));
        String last = parts.isEmpty() ? written : Slugs.slugify(parts.get(parts.size() - 1));
        return bySlug.containsKey(last) ? Optional.of(last) : Suggestions.nearest(last, bySlug.keySet());
    }

    private static String held(PublishingRules.Verdict verdict) {
        return switch (verdict) {
            case DRAFT -> "a draft";
            case SCHEDULED -> "scheduled for later";
            case EXPIRED -> "no longer published (it expired)";
            case PUBLISH -> "published";
        };
    }
}
