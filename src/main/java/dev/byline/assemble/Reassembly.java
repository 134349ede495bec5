package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.content.ParsedArticle;
import dev.byline.content.RegistryAuthor;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.model.Article;
import dev.byline.model.Site;
import dev.byline.model.WorkType;
import dev.byline.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The last assembly, kept so the next can start from it. Assembly reads of each document its slug, date, byline,
 * tags, lead image, publishing state, unknown keys, type, column, the article it answers and (of a letter, whose
 * length it checks) its word count, and only copies the rest (headline, standfirst, text,
 * corrections...) into its article. So when the only documents that changed since are the same in all it reads,
 * the site is the last one with those articles made again, in the same places, and the messages are the last
 * assembly's: a writer's edit to an article's text or headline costs one article, not ten thousand. Anything else
 * (a new, deleted or moved article, other tags, another registry, a changed static file) assembles the whole site. One per pipeline, for
 * the same settings; not thread-safe.
 */
public final class Reassembly {

    private List<ParsedArticle> lastParsed;
    private List<RegistryAuthor> lastRegistry;
    private List<SourceFile> lastStatics;
    private Assembly last;
    private List<Diagnostic> lastMessages;

    /**
     * The site of these parses, patched from the last assembly when it can be, else assembled by {@code assembler}.
     *
     * @param statics the site's static files, whose images' sizes the articles' lead images carry
     */
    public Assembly assemble(SiteAssembler assembler, List<ParsedArticle> parsed, List<RegistryAuthor> registry,
                             List<SourceFile> statics, Diagnostics diagnostics) {
        Assembly patched = statics.equals(lastStatics) ? patched(assembler, parsed, registry) : null;
        Diagnostics messages = new Diagnostics();
        Assembly assembly = patched != null ? patched : assembler.assemble(parsed, registry, messages);
        if (patched == null) {
            lastMessages = messages.sorted();
        }
        lastMessages.forEach(diagnostics::add);
        lastParsed = List.copyOf(parsed);
        lastRegistry = List.copyOf(registry);
        lastStatics = List.copyOf(statics);
        last = assembly;
        return assembly;
    }

    /** Forgets the last assembly: the site's settings changed. */
    public void clear() {
        last = null;
    }

    private Assembly patched(SiteAssembler assembler, List<ParsedArticle> parsed, List<RegistryAuthor> registry) {
        if (last == null || parsed.size() != lastParsed.size() || !registry.equals(lastRegistry)) {
            return null;
        }
        Map<String, ArticleDocument> edited = new HashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            ParsedArticle now = parsed.get(i);
            ParsedArticle before = lastParsed.get(i);
            if (now == before) {
                continue;
            }
            if (!(now instanceof ArticleDocument document) || !(before instanceof ArticleDocument earlier)
                    || !readsTheSame(earlier, document)
                    || last.documents().stream().noneMatch(settled -> settled == earlier)) {
                return null; // a file with errors, or one whose slug the assembly changed: assemble it all
            }
            edited.put(document.source().display(), document);
        }
        if (edited.isEmpty()) {
            return last;
        }
        List<ArticleDocument> documents = new ArrayList<>(last.documents());
        documents.replaceAll(document -> edited.getOrDefault(document.source().display(), document));
        List<Article> articles = new ArrayList<>(last.site().articles());
        articles.replaceAll(article -> {
            ArticleDocument document = edited.get(article.source());
            return document == null ? article : assembler.article(document, article.authors(), article.tags(),
                    article.column(), article.inResponseTo());
        });
        assembler.finishPatch();
        Site site = last.site();
        return new Assembly(new Site(site.config(), articles, site.authors(), site.tags(), site.builtAt()), documents,
                last.draftsHeld(), last.scheduledHeld(), last.expiredHeld());
    }

    /** Whether assembly reads the same of both: all it does with the rest is copy it into the article. */
    private static boolean readsTheSame(ArticleDocument before, ArticleDocument after) {
        return before.source().display().equals(after.source().display()) && before.slug().equals(after.slug())
                && before.slugWithDate().equals(after.slugWithDate()) && before.date().equals(after.date())
                && before.authors().equals(after.authors()) && before.tags().equals(after.tags())
                && Objects.equals(before.image(), after.image()) && before.draft() == after.draft()
                && Objects.equals(before.expires(), after.expires())
                && before.unknownKeys().equals(after.unknownKeys())
                && before.type() == after.type() && Objects.equals(before.column(), after.column())
                && Objects.equals(before.inResponseTo(), after.inResponseTo())
                && before.aliases().equals(after.aliases())
                && (after.type() != WorkType.LETTER || before.body().words() == after.body().words());
    }
}
