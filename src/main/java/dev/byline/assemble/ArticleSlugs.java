package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.content.ParsedArticle;
import dev.byline.diag.Diagnostics;
import dev.byline.yaml.Located;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Settles every article's slug. A slug from a dated file name ({@code 2014-09-15-Rust-1.0.md}) leaves the date
 * out ({@code rust-1-0}), unless two articles would then share one: those keep their dates, and one warning says
 * so. Any other slug two articles share is an error on each. Checked over every article, drafts, scheduled ones and
 * files with errors included: a clash would otherwise surface only on the day the second one goes out.
 */
final class ArticleSlugs {

    private ArticleSlugs() {
    }

    /** The complete documents, each under its settled slug; clashes reported. */
    static List<ArticleDocument> settle(List<ParsedArticle> articles, Diagnostics diagnostics) {
        Map<ParsedArticle, Located<String>> chosen = new IdentityHashMap<>();
        for (List<ParsedArticle> sharing : bySlug(articles, article -> article.knownSlug().orElse(null)).values()) {
            if (sharing.size() == 1) { // nearly every article: its slug is its own
                chosen.put(sharing.get(0), sharing.get(0).knownSlug().orElseThrow());
                continue;
            }
            List<ParsedArticle> dated = sharing.stream().filter(article -> !article.slugWithDate().isEmpty()).toList();
            boolean keepDates = sharing.size() > 1 && !dated.isEmpty();
            for (ParsedArticle article : sharing) {
                Located<String> slug = article.knownSlug().orElseThrow();
                chosen.put(article, keepDates && dated.contains(article)
                        ? new Located<>(article.slugWithDate(), slug.position()) : slug);
            }
            if (keepDates) {
                warnDatesKept(sharing.get(0).knownSlug().orElseThrow().value(), sharing, dated, diagnostics);
            }
        }
        bySlug(articles, chosen::get).forEach((slug, sharing) -> {
            if (sharing.size() > 1) {
                for (ParsedArticle article : sharing) {
                    List<String> others = sharing.stream().filter(other -> other != article)
                            .map(other -> other.source().display()).toList();
                    diagnostics.add(chosen.get(article).position().error("slug \"" + slug + "\" is also used by "
                            + String.join(", ", others) + "; two articles cannot share a slug (their "
                            + "addresses hold it): give one a \"slug:\" line of its own"));
                }
            }
        });
        List<ArticleDocument> documents = new ArrayList<>();
        for (ParsedArticle article : articles) {
            article.document().ifPresent(document -> documents.add(chosen.get(document) == document.slug()
                    ? document : document.withSlug(chosen.get(document))));
        }
        return documents;
    }

    /** One warning for the articles of one clash, at the first that keeps its date. */
    private static void warnDatesKept(String slug, List<ParsedArticle> sharing, List<ParsedArticle> dated,
                                      Diagnostics diagnostics) {
        ParsedArticle first = dated.get(0);
        String others = sharing.stream().filter(article -> article != first)
                .map(article -> article.source().display()).collect(Collectors.joining(", "));
        String addresses = dated.stream().map(article -> "/articles/" + article.slugWithDate() + "/")
                .collect(Collectors.joining(", "));
        diagnostics.add(first.knownSlug().orElseThrow().position().warning("this article and " + others + " would "
                + "share the slug \"" + slug + "\" without the dates in their file names, so they keep them: "
                + addresses + "; give an article a \"slug:\" line to choose its own address"));
    }

    private static Map<String, List<ParsedArticle>> bySlug(List<ParsedArticle> articles,
                                                          Function<ParsedArticle, Located<String>> slugOf) {
        Map<String, List<ParsedArticle>> bySlug = new LinkedHashMap<>();
        for (ParsedArticle article : articles) {
            Located<String> slug = slugOf.apply(article);
            if (slug != null) {
                bySlug.computeIfAbsent(slug.value(), s -> new ArrayList<>()).add(article);
            }
        }
        return bySlug;
    }
}
