package dev.byline.build;

import dev.byline.assemble.Permalinks;
import dev.byline.assemble.Sections;
import dev.byline.content.ArticleDocument;
import dev.byline.feed.FeedEntries;
import dev.byline.feed.Feeds;
import dev.byline.metadata.PageMetadata;
import dev.byline.model.Article;
import dev.byline.model.ArticlePage;
import dev.byline.model.Html;
import dev.byline.model.Site;
import dev.byline.output.OutputFile;
import dev.byline.output.RelativeLinks;
import dev.byline.render.RenderTask;
import dev.byline.template.Templates;
import gg.jte.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preview's quick path for the commonest change: a writer edits the text of an article already on the site.
 * When only the body changed and the theme shows article text on article pages alone, everything a list or the
 * sitemap shows of it is as it was, so only its own page, the article pages that show it as previous, next or
 * related, and the feeds that list it are rendered again; the rest of the last rendering stands. Anything else (front matter, the first paragraph, which
 * lists show as the summary, the reading time) takes the whole rendering. The result is byte for byte what a whole
 * rendering would give; tests hold it to that.
 */
final class TextEdit {

    private final Rendering last;
    private final Templates theme;
    private final FeedEntries feedEntries;
    private final boolean relativeUrls;

    TextEdit(Rendering last, Templates theme, FeedEntries feedEntries, boolean relativeUrls) {
        this.last = last;
        this.theme = theme;
        this.feedEntries = feedEntries;
        this.relativeUrls = relativeUrls;
    }

    /** A rendering: the site, its pages and files, and the documents it came from, kept for the next edit. */
    record Rendering(BuildResult result, List<RenderTask> tasks) {
    }

    /** What an edit gave: the new rendering, and the files in it that changed. */
    record Outcome(Rendering rendering, List<OutputFile> changed) {
    }

    /** The new rendering and the files that changed, or empty when the edits need the whole rendering. */
    Optional<Outcome> apply(List<ArticleDocument> edited) {
        if (!theme.showsArticleTextOnlyOnArticlePages()) {
            return Optional.empty();
        }
        Site site = last.result().site();
        List<Article> articles = new ArrayList<>(site.articles());
        List<ArticleDocument> documents = new ArrayList<>(last.result().documents());
        // by identity: pages hold the very records of the site's list, and hashing an article hashes its whole text
        Map<Article, Article> replaced = new IdentityHashMap<>();
        for (ArticleDocument document : edited) {
            int index = indexOfSource(documents, document);
            int published = indexOfArticle(articles, document);
            if (index < 0 || published < 0 || !sameButBody(documents.get(index), document)
                    || hadDiagnostics(document)) {
                return Optional.empty();
            }
            Article before = articles.get(published);
            Article after = before.withText(new Html(document.body().html()), document.body().words(),
                    document.toc() ? document.body().headings() : List.of());
            if (after.readingMinutes() != before.readingMinutes()) {
                return Optional.empty();
            }
            documents.set(index, document);
            articles.set(published, after);
            replaced.put(before, after);
        }
        Site next = new Site(site.config(), articles, site.authors(), site.tags(), site.builtAt());
        Sections sections = new Sections(next);
        PageMetadata metadata = new PageMetadata(next.config());
        List<RenderTask> tasks = new ArrayList<>(last.tasks());
        List<OutputFile> changed = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).model() instanceof ArticlePage page && shows(page, replaced)) {
                Article article = replaced.getOrDefault(page.article(), page.article());
                RenderTask task = tasks.get(i);
                tasks.set(i, new RenderTask(task.file(), task.url(), task.template(), new ArticlePage(next, article,
                        replaced.getOrDefault(page.previous(), page.previous()),
                        replaced.getOrDefault(page.next(), page.next()),
                        page.related().stream().map(related -> replaced.getOrDefault(related, related)).toList(),
                        article == page.article() ? page.meta() : metadata.article(article)), task.lastModified(),
                        task.inSitemap()));
                Optional<OutputFile> rendered = render(tasks.get(i));
                if (rendered.isEmpty()) {
                    return Optional.empty(); // a template failure: the whole rendering reports it
                }
                changed.add(rendered.get());
            }
        }
        for (Article after : replaced.values()) {
            changed.addAll(Feeds.listing(after, next, sections, feedEntries));
        }
        feedEntries.forget(replaced.keySet());
        Map<String, OutputFile> changedByPath = new HashMap<>();
        changed.forEach(file -> changedByPath.put(file.file(), file)); // every one replaces a file of the last site
        List<OutputFile> files = last.result().files().stream()
                .map(file -> changedByPath.getOrDefault(file.file(), file))
                .toList();
        BuildResult result = new BuildResult(last.result().diagnostics(), last.result().stats(), files, next,
                documents);
        return Optional.of(new Outcome(new Rendering(result, tasks), List.copyOf(changed)));
    }

    /** Whether an article page shows an edited article: its own, or as previous, next or related. */
    private static boolean shows(ArticlePage page, Map<Article, Article> replaced) {
        return replaced.containsKey(page.article()) || replaced.containsKey(page.previous())
                || replaced.containsKey(page.next()) || page.related().stream().anyMatch(replaced::containsKey);
    }

    private Optional<OutputFile> render(RenderTask task) {
        try {
            OutputFile page = new OutputFile.Rendered(task.file(), task.template(),
                    theme.render(task.template(), task.model()));
            String basePath = last.result().config().basePath();
            return Optional.of(relativeUrls ? RelativeLinks.rewrite(page, basePath, Permalinks.NOT_FOUND_FILE) : page);
        } catch (TemplateException e) {
            return Optional.empty();
        }
    }

    /** Warnings of the last rendering about this file would be repeated, though the edit may have fixed them. */
    private boolean hadDiagnostics(ArticleDocument document) {
        return last.result().diagnostics().stream()
                .anyMatch(diagnostic -> diagnostic.file().equals(document.source().display()));
    }

    private static boolean sameButBody(ArticleDocument before, ArticleDocument after) {
        return after.withBody(before.body()).equals(before)
                && after.body().firstParagraph().equals(before.body().firstParagraph());
    }

    private static int indexOfSource(List<ArticleDocument> documents, ArticleDocument edited) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).source().equals(edited.source())) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfArticle(List<Article> articles, ArticleDocument edited) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).source().equals(edited.source().display())) {
                return i;
            }
        }
        return -1;
    }
}
