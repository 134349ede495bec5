package dev.byline.check;

import dev.byline.assemble.Permalinks;
import dev.byline.build.BuildResult;
import dev.byline.content.ArticleDocument;
import dev.byline.content.AuthorRef;
import dev.byline.content.BodyLink;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.Article;
import dev.byline.model.SiteConfig;
import dev.byline.output.OutputFile;
import dev.byline.yaml.Located;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code byline check}: looks at a built site in memory the way a reader and a search engine will. Every internal
 * link and {@code #fragment} in pages and feeds must lead somewhere; images in articles need alt text; no two pages
 * may share a title; articles without a description get a warning; with {@code external}, links to other sites are
 * asked for too. A broken link written in an article is reported at its line in the Markdown; one in the theme at
 * the page it breaks.
 */
public final class SiteCheck {

    private final boolean external;

    /** @param external whether links to other sites are checked over the network */
    public SiteCheck(boolean external) {
        this.external = external;
    }

    /** Where a link was written, and the link as written there. */
    private record Origin(Position position, String link) {
    }

    public List<Diagnostic> check(BuildResult site) throws InterruptedException {
        SiteConfig config = site.config();
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, byte[]> rendered = new HashMap<>();
        for (OutputFile file : site.files()) {
            if (file instanceof OutputFile.Rendered page) {
                rendered.put(page.file(), page.bytes());
                if (page.file().endsWith(".html")) {
                    pages.put(page.file(), new String(page.bytes(), StandardCharsets.UTF_8));
                }
            } else {
                rendered.put(file.file(), null);
            }
        }
        Map<String, ArticleDocument> articlePages = articlePages(site);
        Map<String, Position> writtenInFrontMatter = writtenInFrontMatter(site);
        Map<String, Origin> externalLinks = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        ThemeLinks themeLinks = new ThemeLinks();
        pages.forEach((file, html) -> {
            for (String link : HtmlScan.links(html)) {
                Optional<String> invalid = Targets.whyInvalid(link);
                Optional<String> target = Targets.resolve(link, file, config);
                Optional<String> why = invalid.map(reason -> "is not a valid web address: " + reason)
                        .or(() -> target.flatMap(path -> problem(path, rendered, pages, ids)));
                if (why.isPresent()) {
                    String key = target.orElse(link);
                    Origin origin = origin(link, file, key, articlePages, config);
                    Position source = origin.position() != null ? origin.position() : writtenInFrontMatter.get(key);
                    if (source != null) {
                        diagnostics.add(source.error("link " + origin.link() + " " + why.get()));
                    } else {
                        themeLinks.add(key, link, why.get(), file);
                    }
                } else if (target.isEmpty() && Targets.isExternal(link)) {
                    Origin origin = origin(link, file, link, articlePages, config);
                    externalLinks.putIfAbsent(link, origin.position() != null ? origin
                            : new Origin(ThemeLinks.page(file), link));
                }
            }
        });
        themeLinks.report(diagnostics);
        for (OutputFile file : site.files()) {
            if (file.file().endsWith("feed.xml") && file instanceof OutputFile.Rendered feed) {
                String xml = new String(feed.bytes(), StandardCharsets.UTF_8);
                for (String link : HtmlScan.feedLinks(xml)) {
                    Targets.resolve(link, feed.file(), config).flatMap(target -> problem(target, rendered, pages, ids))
                            .ifPresent(why -> diagnostics.add(Position.ofFile(feed.file())
                                    .error("link " + link + " in the feed " + why)));
                }
            }
        }
        checkArticles(site, diagnostics);
        checkTitles(pages, articlePages, diagnostics);
        if (external && !externalLinks.isEmpty()) {
            new ExternalLinks().broken(externalLinks.keySet()).forEach((url, why) ->
                    diagnostics.add(externalLinks.get(url).position().error("link " + url + " " + why)));
        }
        return diagnostics.sorted();
    }

    /** Why a site path does not lead anywhere, or empty when it does. */
    private static Optional<String> problem(String target, Map<String, byte[]> files, Map<String, String> pages,
                                            Map<String, Set<String>> ids) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        if (!files.containsKey(file)) {
            if (files.containsKey(file + "/index.html")) {
                file = file + "/index.html";
            } else {
                return Optional.of("goes nowhere: the site has no " + (path.isEmpty() ? "front page" : path));
            }
        }
        if (fragment.isEmpty() || !pages.containsKey(file)) {
            return Optional.empty();
        }
        Set<String> anchors = ids.computeIfAbsent(file, page -> HtmlScan.ids(pages.get(page)));
        return anchors.contains(fragment) || fragment.equals("top") ? Optional.empty()
                : Optional.of("points at #" + fragment + ", which " + path + " does not have");
    }

    /**
     * Where to report a link: at its line in the article's Markdown when the writer wrote it there; a position of
     * {@code null} when the theme wrote it.
     */
    private static Origin origin(String link, String page, String target, Map<String, ArticleDocument> articles,
                                 SiteConfig config) {
        ArticleDocument document = articles.get(page);
        if (document != null) {
            for (BodyLink written : document.body().links()) {
                boolean same = written.href().equals(link) || Targets.resolve(written.href(), page, config)
                        .map(target::equals).orElse(false);
                if (same) {
                    return new Origin(new Position(document.source().display(),
                            document.bodyStartLine() + written.line() - 1, written.column()), written.href());
                }
            }
        }
        return new Origin(null, link);
    }

    /**
     * The site paths of the pictures the articles' front matter names ({@code image}, inline authors'
     * {@code avatar}), with where they are written: a page's broken link to one is reported there. (Local files
     * that are missing stop the build already; these are addresses under the site's own base URL.)
     */
    private static Map<String, Position> writtenInFrontMatter(BuildResult site) {
        Map<String, Position> written = new HashMap<>();
        SiteConfig config = site.config();
        for (ArticleDocument document : published(site)) {
            List<Located<String>> named = new ArrayList<>();
            if (document.image() != null) {
                named.add(document.image().source());
            }
            for (AuthorRef author : document.authors()) {
                if (author instanceof AuthorRef.Named writer) {
                    writer.profile().avatarAsWritten().ifPresent(named::add);
                }
            }
            for (Located<String> reference : named) {
                Targets.resolve(config.resolve(reference.value()), "", config)
                        .ifPresent(path -> written.putIfAbsent(path, reference.position()));
            }
        }
        return written;
    }

    private static void checkArticles(BuildResult site, Diagnostics diagnostics) {
        for (ArticleDocument document : published(site)) {
            for (BodyLink image : document.body().links()) {
                if (image.image() && image.alt().isEmpty()) {
                    diagnostics.add(new Position(document.source().display(),
                            document.bodyStartLine() + image.line() - 1, image.column()).error("image has no alt "
                            + "text; describe it for readers who cannot see it: ![what the picture shows](...)"));
                }
            }
            if (document.description().isEmpty()) {
                diagnostics.add(new Position(document.source().display(), 2, 1).warning("no description: lists, "
                        + "feeds and search results show the start of the first paragraph instead; add a line "
                        + "such as description: \"One sentence that sums up the argument.\""));
            }
        }
    }

    private static void checkTitles(Map<String, String> pages, Map<String, ArticleDocument> articles,
                                    Diagnostics diagnostics) {
        Map<String, List<String>> byTitle = new HashMap<>();
        pages.forEach((file, html) -> byTitle.computeIfAbsent(HtmlScan.title(html), t -> new ArrayList<>())
                .add(file));
        byTitle.forEach((title, files) -> {
            if (files.size() > 1 && !title.isEmpty()) {
                for (String file : files) {
                    ArticleDocument document = articles.get(file);
                    String where = document != null ? document.source().display() : file;
                    List<String> others = files.stream().filter(other -> !other.equals(file)).toList();
                    diagnostics.add(Position.ofFile(where).error("the title \"" + title + "\" is also the title "
                            + "of " + String.join(", ", others) + "; search engines and readers cannot tell them "
                            + "apart"));
                }
            }
        });
    }

    private static List<ArticleDocument> published(BuildResult site) {
        Set<String> slugs = new java.util.HashSet<>();
        for (Article article : site.site().articles()) {
            slugs.add(article.slug());
        }
        return site.documents().stream().filter(document -> slugs.contains(document.slug().value())).toList();
    }

    private static Map<String, ArticleDocument> articlePages(BuildResult site) {
        Map<String, ArticleDocument> pages = new HashMap<>();
        for (ArticleDocument document : published(site)) {
            pages.put(Permalinks.file(Permalinks.article(document.slug().value())), document);
        }
        return pages;
    }

}
