package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.Article;
import dev.byline.model.Page;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.model.SitePaths;
import dev.byline.yaml.Located;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the addresses articles take: their pages' (site.yaml's {@code permalink:}) and their old ones
 * ({@code aliases:}). No two may share a file (two articles' pages never do: every pattern holds the slug, which
 * {@link ArticleSlugs} keeps apart), none may take one of the site's own ({@link SitePaths#siteClash}), and none
 * may be a page's of {@code content/pages/}. A clash of pages is reported at site.yaml's pattern, which
 * made it; a clash of an alias, at the alias. Checked over every article, drafts and scheduled ones included.
 */
public final class ArticleAddresses {

    private ArticleAddresses() {
    }

    static void check(List<ArticleDocument> documents, SiteConfig config, Diagnostics diagnostics) {
        Map<String, ArticleDocument> byFile = new HashMap<>();
        for (ArticleDocument document : documents) {
            String path = config.articlePath(document.slug().value(), document.date());
            byFile.put(SitePaths.file(path), document);
            SitePaths.siteClash(path).ifPresent(taken -> diagnostics.add(config.permalink().written().error(
                    "permalink \"" + config.permalink().pattern() + "\" puts " + document.source().display()
                    + " at /" + path + ", which is " + taken + "; give the article another slug or the site "
                    + "another permalink pattern")));
        }
        Map<String, String> aliased = new HashMap<>();
        for (ArticleDocument document : documents) {
            for (Located<String> alias : document.aliases()) {
                String file = SitePaths.file(alias.value());
                Optional<String> problem = SitePaths.siteClash(alias.value())
                        .or(() -> Optional.ofNullable(byFile.get(file)).map(owner -> "the address of "
                                + owner.source().display()))
                        .or(() -> Optional.ofNullable(aliased.putIfAbsent(file, document.source().display()))
                                .map(other -> "an old address of " + other + " too"));
                problem.ifPresent(taken -> diagnostics.add(alias.position().error("the old address /"
                        + alias.value() + " is " + taken + "; an old address can lead to one article only, and "
                        + "not where a page is")));
            }
        }
    }

    /** The site's pages of {@code content/pages/} against the articles' addresses, old and new. */
    public static void checkPages(Site site, List<Page> pages, Diagnostics diagnostics) {
        Map<String, String> taken = new HashMap<>();
        for (Article article : site.articles()) {
            taken.put(article.url(), "the address of " + article.source());
            article.aliases().forEach(alias -> taken.put(site.config().href(alias), "an old address of "
                    + article.source()));
        }
        for (Page page : pages) {
            String owner = taken.get(page.url());
            if (owner != null) {
                diagnostics.add(Position.ofFile(page.source()).error("this page's address, "
                        + page.url() + ", is " + owner + "; give the page another slug"));
            }
        }
    }
}
