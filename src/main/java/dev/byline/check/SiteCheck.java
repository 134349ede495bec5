package dev.byline.check;

import dev.byline.build.BuildResult;
import dev.byline.content.ArticleDocument;
import dev.byline.content.AuthorRef;
import dev.byline.content.BodyLink;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.Article;
import dev.byline.model.SiteConfig;
import dev.byline.model.SitePaths;
import dev.byline.model.WorkType;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code byline check}: looks at a built site in memory the way a reader and a search engine will. Every internal
 * link and {@code #fragment} in pages and feeds must lead somewhere; images in articles need alt text; no two pages
 * may share a title; articles without a description get a warning, and so does a page whose social image link
 * previews will not show ({@link SocialImages}); with {@code external}, links to other sites are asked for too. A broken link written in an article is reported at every place its Markdown writes it; one the
 * theme writes, once for all the pages it breaks.
 */
public final class SiteCheck {

    /** What a page search engines are not to list says in its head. */
    private static final String NOT_LISTED = "<meta name=\"robots\" content=\"noindex\">";
    /** The address a redirect page sends readers to. */
    private static final Pattern REFRESH = Pattern.compile("<meta http-equiv=\"refresh\" content=\"0; url=([^\"]+)\"");

    private final boolean external;

    /** @param external whether links to other sites are checked over the network */
    public SiteCheck(boolean external) {
        this.external = external;
    }

    public List<Diagnostic> check(BuildResult.Rendered site) throws InterruptedException {
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
        Map<String, List<Position>> externalLinks = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        ThemeLinks themeLinks = new ThemeLinks();
        SocialImages socialImages = new SocialImages();
        pages.forEach((file, html) -> {
            socialImages.add(file, HtmlScan.meta(html));
            List<String> themeWritten = new ArrayList<>(HtmlScan.links(html));
            ArticleDocument document = articlePages.get(file);
            for (BodyLink written : document == null ? List.<BodyLink>of() : document.body().links()) {
                if (written.href().isEmpty()) {
                    continue; // refused while rendering, and reported then
                }
                takeFrom(themeWritten, written.href(), file, config);
                Position position = new Position(document.source().display(),
                        document.bodyStartLine() + written.line() - 1, written.column());
                Optional<String> target = Targets.resolve(written.href(), file, config);
                whyBroken(written.href(), target, rendered, pages, ids).ifPresentOrElse(
                        why -> diagnostics.add(position.error("link " + written.href() + " " + why)),
                        () -> {
                            if (target.isEmpty() && Targets.isExternal(written.href())) {
                                externalLinks.computeIfAbsent(written.href(), url -> new ArrayList<>()).add(position);
                            }
                        });
            }
            for (String link : themeWritten) {
                Optional<String> target = Targets.resolve(link, file, config);
                Optional<String> why = whyBroken(link, target, rendered, pages, ids);
                if (why.isPresent()) {
                    String key = target.orElse(link);
                    Position source = writtenInFrontMatter.get(key);
                    if (source != null) {
                        diagnostics.add(source.error("link " + link + " " + why.get()));
                    } else {
                        themeLinks.add(key, link, why.get(), file);
                    }
                } else if (target.isEmpty() && Targets.isExternal(link)) {
                    externalLinks.putIfAbsent(link, List.of(ThemeLinks.page(file)));
                }
            }
        });
        themeLinks.report(diagnostics);
        socialImages.report(leadImages(site), diagnostics);
        for (OutputFile file : site.files()) {
            if (file.file().endsWith(SitePaths.ATOM_FEED) && file instanceof OutputFile.Rendered feed) {
                String xml = new String(feed.bytes(), StandardCharsets.UTF_8);
                for (String link : HtmlScan.feedLinks(xml)) {
                    Targets.resolve(link, feed.file(), config).flatMap(target -> problem(target, rendered, pages, ids))
                            .ifPresent(why -> diagnostics.add(Position.ofFile(feed.file())
                                    .error("link " + link + " in the feed " + why)));
                }
            }
        }
        checkArticles(site, diagnostics);
        checkAliases(site, pages, diagnostics);
        checkTitles(pages, articlePages, diagnostics);
        if (external && !externalLinks.isEmpty()) {
            new ExternalLinks().broken(externalLinks.keySet()).forEach((url, why) -> externalLinks.get(url)
                    .forEach(position -> diagnostics.add(position.error("link " + url + " " + why))));
        }
        return diagnostics.sorted();
    }

    /** Why a site path does not lead anywhere, or empty when it does. */
    private static Optional<String> problem(String target, Map<String, byte[]> files, Map<String, String> pages,
                                            Map<String, Set<String>> ids) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        String file = SitePaths.file(path);
        if (!files.containsKey(file)) {
            if (files.containsKey(SitePaths.file(file + "/"))) {
                file = SitePaths.file(file + "/");
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

    /** Why a link of a page is broken (not a web address, or leads nowhere in the site), or empty when it is not. */
    private static Optional<String> whyBroken(String link, Optional<String> target, Map<String, byte[]> files,
                                              Map<String, String> pages, Map<String, Set<String>> ids) {
        return Targets.whyInvalid(link).map(reason -> "is not a valid web address: " + reason)
                .or(() -> target.flatMap(path -> problem(path, files, pages, ids)));
    }

    /**
     * Takes the page's copy of a link the article's Markdown wrote out of the page's links, so that what remains is
     * the theme's. The page may write it differently (relative links): the same target is the same link.
     */
    private static void takeFrom(List<String> pageLinks, String written, String page, SiteConfig config) {
        Optional<String> target = Targets.resolve(written, page, config);
        for (int i = 0; i < pageLinks.size(); i++) {
            String link = pageLinks.get(i);
            if (link.equals(written) || (target.isPresent() && target.equals(Targets.resolve(link, page, config)))) {
                pageLinks.remove(i);
                return;
            }
        }
    }

    /**
     * The site paths of the pictures the articles' front matter names ({@code image}, inline authors'
     * {@code avatar}), with where they are written: a page's broken link to one is reported there. (Local files
     * that are missing stop the build already; these are addresses under the site's own base URL.)
     */
    private static Map<String, Position> writtenInFrontMatter(BuildResult.Rendered site) {
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

    /** Where the articles' front matter names their lead images, by each picture's absolute address. */
    private static Map<String, Position> leadImages(BuildResult.Rendered site) {
        Map<String, Position> named = new HashMap<>();
        SiteConfig config = site.config();
        for (ArticleDocument document : published(site)) {
            if (document.image() != null) {
                Located<String> src = document.image().source();
                named.putIfAbsent(config.absolute(config.resolve(src.value())), src.position());
            }
        }
        return named;
    }

    private static void checkArticles(BuildResult.Rendered site, Diagnostics diagnostics) {
        for (ArticleDocument document : published(site)) {
            for (BodyLink image : document.body().links()) {
                if (image.image() && image.alt().isEmpty()) {
                    diagnostics.add(new Position(document.source().display(),
                            document.bodyStartLine() + image.line() - 1, image.column()).error("image has no alt "
                            + "text; describe it for readers who cannot see it: ![what the picture shows](...)"));
                }
            }
            // a letter to the editor has no standfirst: its first lines are what lists and feeds should show
            if (document.description().isEmpty() && document.type() != WorkType.LETTER) {
                diagnostics.add(new Position(document.source().display(), 2, 1).warning("no description: lists, "
                        + "feeds and search results show the start of the first paragraph instead; add a line "
                        + "such as description: \"One sentence that sums up the argument.\""));
            }
        }
    }

    private static void checkTitles(Map<String, String> pages, Map<String, ArticleDocument> articles,
                                    Diagnostics diagnostics) {
        Map<String, List<String>> byTitle = new HashMap<>();
        pages.forEach((file, html) -> {
            if (!html.contains(NOT_LISTED)) { // search engines list neither the 404 page nor redirect pages
                byTitle.computeIfAbsent(HtmlScan.title(html), t -> new ArrayList<>()).add(file);
            }
        });
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

    /**
     * Every old address of a published article ({@code aliases:}) has its redirect page, and the page sends
     * readers to the article's page, which was built.
     */
    private static void checkAliases(BuildResult.Rendered site, Map<String, String> pages, Diagnostics diagnostics) {
        articlePages(site).forEach((articleFile, document) -> {
            for (Located<String> alias : document.aliases()) {
                String file = SitePaths.file(alias.value());
                String html = pages.get(file);
                Matcher refresh = html == null ? null : REFRESH.matcher(html);
                Optional<String> target = refresh == null || !refresh.find() ? Optional.empty()
                        : Targets.resolve(refresh.group(1), file, site.config()).map(SitePaths::file);
                if (target.isEmpty() || !target.get().equals(articleFile) || !pages.containsKey(articleFile)) {
                    diagnostics.add(alias.position().error("the old address /" + alias.value() + " does not lead "
                            + "to this article: " + (html == null ? "the site has no page there" : "its page "
                            + "sends readers " + target.map(to -> "to /" + to).orElse("nowhere")) + "; build the "
                            + "site again"));
                }
            }
        });
    }

    private static List<ArticleDocument> published(BuildResult.Rendered site) {
        Set<String> slugs = new java.util.HashSet<>();
        for (Article article : site.site().articles()) {
            slugs.add(article.slug());
        }
        return site.documents().stream().filter(document -> slugs.contains(document.slug().value())).toList();
    }

    private static Map<String, ArticleDocument> articlePages(BuildResult.Rendered site) {
        Map<String, ArticleDocument> pages = new HashMap<>();
        for (ArticleDocument document : published(site)) {
            pages.put(SitePaths.file(site.config().articlePath(document.slug().value(), document.date())), document);
        }
        return pages;
    }

}
