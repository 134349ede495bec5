package dev.byline.assemble;

import dev.byline.content.ArticleParser;
import dev.byline.content.ParsedArticle;
import dev.byline.diag.Diagnostics;
import dev.byline.yaml.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reports front matter keys Byline does not know once per key for the whole site, with how many files have it and
 * the first of them: a site moved from another generator has the same foreign keys ({@code layout: post}) in every
 * file, and one line per file would bury everything else. Near misses of known keys are reported per file by the
 * parser, where the typo is.
 */
final class UnknownKeys {

    /** What Byline does instead, for keys other generators use. */
    private static final Map<String, String> FOREIGN = Map.of(
            "layout", "Byline has no layouts: every article is laid out by the theme's article template",
            "permalink", "an article's address is /articles/<slug>/; give a \"slug:\" line to choose the slug",
            "categories", "Byline groups articles by tags: list them as tags: [a, b]",
            "category", "Byline groups articles by tags: list them as tags: [a, b]",
            "excerpt", "the summary under the headline is description:",
            "summary", "the summary under the headline is description:");

    private UnknownKeys() {
    }

    static void report(List<ParsedArticle> articles, Diagnostics diagnostics) {
        Map<String, List<Located<String>>> byKey = new TreeMap<>();
        for (ParsedArticle article : articles) {
            for (Located<String> key : article.unknownKeys()) {
                byKey.computeIfAbsent(key.value(), k -> new ArrayList<>()).add(key);
            }
        }
        byKey.forEach((key, where) -> {
            String count = where.size() == 1 ? "" : ", in " + where.size() + " files (this one and "
                    + (where.size() - 1) + " more)";
            String instead = FOREIGN.getOrDefault(key, "Byline ignores it (the keys it reads: "
                    + String.join(", ", ArticleParser.KEYS) + ")");
            diagnostics.add(where.get(0).position().warning(key + ": unknown key" + count + "; " + instead));
        });
    }
}
