package dev.byline.assemble;

import dev.byline.content.PageDocument;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Suggestions;
import dev.byline.model.Page;
import dev.byline.model.Policy;
import dev.byline.model.SiteConfig;
import dev.byline.model.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the site's pages ({@code content/pages/}) of their parsed files: checks that no two take one address (the
 * second, in path order, is reported, naming the first) and that every policy site.yaml names by slug is one of
 * them, and sorts them by {@code order:} (pages without one last), then title. Pages read nothing of the articles,
 * so they are assembled apart from them, every rendering: a site has a handful.
 */
public final class SitePages {

    private static final Comparator<Page> ORDER = Comparator.comparingInt(Page::order)
            .thenComparing(Page::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Page::slug);

    private SitePages() {
    }

    public static List<Page> assemble(List<PageDocument> documents, SiteConfig config, Diagnostics diagnostics) {
        List<PageDocument> byPath = new ArrayList<>(documents);
        byPath.sort(Comparator.comparing(document -> document.source().display()));
        Map<String, PageDocument> bySlug = new LinkedHashMap<>();
        List<Page> pages = new ArrayList<>();
        for (PageDocument document : byPath) {
            String slug = document.slug().value();
            PageDocument first = bySlug.putIfAbsent(slug, document);
            if (first != null) {
                diagnostics.add(document.slug().position().error("this page's address, /" + slug + "/, is "
                        + first.source().display() + "'s too; give one of them another slug with a line such as "
                        + "\"slug: " + slug + "-2\""));
                continue;
            }
            pages.add(new Page(document.source().display(), slug, config.href(SitePaths.page(slug)),
                    document.title(), document.description(), document.body().html(), document.updated(),
                    document.nav(), document.order()));
        }
        for (Policy policy : config.policies()) {
            if (policy.isPage() && !bySlug.containsKey(policy.target())) {
                Optional<String> near = Suggestions.nearest(policy.target(), bySlug.keySet());
                diagnostics.add(policy.written().error("policies: " + policy.kind().key() + " names the page \""
                        + policy.target() + "\", but no page in content/pages/ has that slug"
                        + near.map(slug -> "; did you mean " + slug + "?").orElse(bySlug.isEmpty() ? "; add "
                        + "content/pages/" + policy.target() + ".md, or give a full web address" : " (the pages: "
                        + String.join(", ", bySlug.keySet()) + ")")));
            }
        }
        pages.sort(ORDER);
        return pages;
    }
}
