package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.content.ImageRef;
import dev.byline.content.ImageSizes;
import dev.byline.content.ParsedArticle;
import dev.byline.content.RegistryAuthor;
import dev.byline.content.Slugs;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.Article;
import dev.byline.model.ArticleState;
import dev.byline.model.Author;
import dev.byline.model.Column;
import dev.byline.model.Image;
import dev.byline.model.Kicker;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.model.SitePaths;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import dev.byline.yaml.Located;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Joins the parsed articles into a {@link Site}: resolves authors against the registry, gathers tags, applies the
 * publishing rules, settles the slugs ({@link ArticleSlugs}), reports unknown keys once for the site
 * ({@link UnknownKeys}), and sorts everything. Sequential and deterministic:
 * the same documents always give the same site, whatever order they arrive in.
 */
public final class SiteAssembler {

    private static final int SUMMARY_LENGTH = 200;

    private final SiteConfig config;
    private final PublishingRules rules;
    private final ImageSizes imageSizes;
    /** Tag and column names and their slugs: a few names, written many times. */
    private final Map<String, String> slugs = new HashMap<>();

    private final AssembledArticles assembled;

    public SiteAssembler(SiteConfig config, PublishingRules rules, ImageSizes imageSizes) {
        this(config, rules, imageSizes, new AssembledArticles());
    }

    /** An assembler that takes again the articles an earlier assembly made of unchanged documents. */
    public SiteAssembler(SiteConfig config, PublishingRules rules, ImageSizes imageSizes,
                         AssembledArticles assembled) {
        this.config = config;
        this.rules = rules;
        this.imageSizes = imageSizes;
        this.assembled = assembled;
    }

    /**
     * @param parsed every article file, complete or with errors: the ones with errors are checked against the rest
     *               (authors, tags, slugs) like held-back articles, and never published
     */
    public Assembly assemble(List<? extends ParsedArticle> parsed, List<RegistryAuthor> registry,
                             Diagnostics diagnostics) {
        List<ParsedArticle> sorted = new ArrayList<>(parsed);
        sorted.sort(Comparator.comparing(article -> article.source().display()));
        UnknownKeys.report(sorted, diagnostics);
        imageSizes.files().checkNamedIn(sorted, registry, diagnostics);
        List<ArticleDocument> documents = ArticleSlugs.settle(sorted, diagnostics);
        ArticleAddresses.check(documents, config, diagnostics);
        Map<PublishingRules.Verdict, List<ArticleDocument>> byVerdict = new EnumMap<>(PublishingRules.Verdict.class);
        Map<ArticleDocument, PublishingRules.Verdict> verdicts = new IdentityHashMap<>();
        for (ArticleDocument document : documents) {
            PublishingRules.Verdict verdict = rules.judge(document);
            byVerdict.computeIfAbsent(verdict, v -> new ArrayList<>()).add(document);
            verdicts.put(document, verdict);
            checkLetterLength(document, diagnostics);
        }
        Responses responses = new Responses(verdicts);
        // Authors and tag names come from published articles only, so nothing of a held-back draft leaks out;
        // held articles are still checked, so their mistakes show before the day they are published.
        List<ArticleDocument> published = byVerdict.getOrDefault(PublishingRules.Verdict.PUBLISH, List.of());
        AuthorResolver authors = new AuthorResolver(config, registry, published, diagnostics);
        Map<String, Tag> tags = new LinkedHashMap<>();
        Map<String, Column> columns = new LinkedHashMap<>();
        List<ParsedArticle> unpublished = new ArrayList<>(sorted.stream()
                .filter(article -> article.document().isEmpty()).toList());
        byVerdict.forEach((verdict, judged) -> {
            if (verdict != PublishingRules.Verdict.PUBLISH) {
                unpublished.addAll(judged);
            }
        });
        for (ParsedArticle article : unpublished) {
            authors.resolve(article);
            tags(article, new HashMap<>(), diagnostics);
            column(article, new HashMap<>(), diagnostics);
            responses.answered(article, diagnostics);
        }
        List<Article> articles = new ArrayList<>();
        for (ArticleDocument document : published) {
            List<Author> byline = authors.resolve(document);
            checkSignature(document, byline, diagnostics);
            List<Tag> articleTags = tags(document, tags, diagnostics);
            Column column = column(document, columns, diagnostics);
            String answered = responses.answered(document, diagnostics);
            if (!byline.isEmpty()) {
                articles.add(article(document, byline, articleTags, column, answered));
            }
        }
        assembled.finish();
        articles = newestFirst(articles);
        Set<Author> bylines = new LinkedHashSet<>();
        Set<Tag> usedTags = new LinkedHashSet<>();
        for (Article article : articles) {
            bylines.addAll(article.authors());
            usedTags.addAll(article.tags());
        }
        List<Author> authorList = bylines.stream()
                .sorted(Comparator.comparing(Author::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Author::slug))
                .toList();
        List<Tag> tagList = usedTags.stream()
                .sorted(Comparator.comparing(Tag::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Tag::slug))
                .toList();
        return new Assembly(new Site(config, articles, authorList, tagList, rules.now()), documents,
                byVerdict.getOrDefault(PublishingRules.Verdict.DRAFT, List.of()).size(),
                byVerdict.getOrDefault(PublishingRules.Verdict.SCHEDULED, List.of()).size(),
                byVerdict.getOrDefault(PublishingRules.Verdict.EXPIRED, List.of()).size());
    }

    /** A published article with what it is sorted by worked out once: a date's instant costs some arithmetic. */
    private record Dated(long seconds, int nanos, String slug, Article article) {
    }

    /** Newest first; articles of the same moment by slug. */
    private static List<Article> newestFirst(List<Article> articles) {
        List<Dated> dated = new ArrayList<>(articles.size());
        for (Article article : articles) {
            dated.add(new Dated(article.date().value().toEpochSecond(), article.date().value().getNano(),
                    article.slug(), article));
        }
        dated.sort(Comparator.comparingLong(Dated::seconds).thenComparingInt(Dated::nanos).reversed()
                .thenComparing(Dated::slug));
        List<Article> sorted = new ArrayList<>(dated.size());
        dated.forEach(entry -> sorted.add(entry.article()));
        return sorted;
    }

    /** Ends a patch of the last assembly made through {@link #article}. */
    void finishPatch() {
        assembled.finishPatch();
    }

    /**
     * The article of a document, with its byline, tags, column and the article it answers (its source, or empty)
     * resolved; the one made last time when nothing changed.
     */
    Article article(ArticleDocument document, List<Author> byline, List<Tag> articleTags, Column column,
                    String answered) {
        String slug = document.slug().value();
        Image image = image(document.image());
        ArticleState state = rules.stateOf(document);
        AssembledArticles.Resolved resolved = new AssembledArticles.Resolved(byline, articleTags, image, state,
                column, answered);
        return assembled.article(document, resolved, () -> new Article(
                document.source().display(), slug, config.href(config.articlePath(slug, document.date())), document.title(),
                document.description(), summary(document), document.date(), document.updated(), byline, articleTags,
                document.body().html(), document.body().words(), image, state, document.corrections(),
                document.toc() ? document.body().headings() : List.of(), document.type(), column,
                kicker(document.type(), column), answered, document.canonical(),
                document.aliases().stream().map(Located::value).toList()));
    }

    /** A column's pieces are headed by its name, others by their type's label; linked to their list page. */
    private Kicker kicker(WorkType type, Column column) {
        return column != null ? new Kicker(column.name(), column.url()) : config.typeKicker(type);
    }

    /**
     * An editorial or endorsement is the paper's own position: signed by an organization (the editorial board), not
     * by a person alone.
     */
    private static void checkSignature(ArticleDocument document, List<Author> byline, Diagnostics diagnostics) {
        if (document.type().isThePapersOwn() && !byline.isEmpty()
                && byline.stream().noneMatch(Author::isOrganization)) {
            Position at = document.authors().isEmpty() ? document.position() : document.authors().get(0).position();
            diagnostics.add(at.warning("an " + document.type().id() + " is the paper's own position, signed by an "
                    + "organization such as the editorial board, not by a person; name an author file with kind: "
                    + "organization (content/authors/editorial-board.yaml), or make the piece another type"));
        }
    }

    /** A letter longer than site.yaml's {@code letters: maxWords} gets a warning, published or not. */
    private void checkLetterLength(ArticleDocument document, Diagnostics diagnostics) {
        int words = document.body().words();
        if (document.type() == WorkType.LETTER && config.letterMaxWords() > 0 && words > config.letterMaxWords()) {
            diagnostics.add(new Position(document.source().display(), document.bodyStartLine(), 1).warning(
                    "this letter has " + words + " words, more than the "
                    + config.letterMaxWords() + " letters may have (letters: maxWords in site.yaml); shorten it or "
                    + "publish it as another type"));
        }
    }

    private static String summary(ArticleDocument document) {
        String text = document.description().isEmpty() ? document.body().firstParagraph() : document.description();
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH).stripTrailing() + "…";
    }

    private Image image(ImageRef image) {
        if (image == null) {
            return null;
        }
        String src = config.resolve(image.src());
        Optional<ImageSizes.Size> size = imageSizes.of(src);
        return new Image(src, image.alt(), image.caption(), image.credit(), size.map(ImageSizes.Size::width).orElse(0),
                size.map(ImageSizes.Size::height).orElse(0));
    }

    private List<Tag> tags(ParsedArticle document, Map<String, Tag> known, Diagnostics diagnostics) {
        List<Tag> result = new ArrayList<>();
        for (Located<String> name : document.tags()) {
            Tag tag = named(name, new NameKind<>("tag", "topics", SitePaths.TAGS, Tag::name,
                    (slug, written) -> new Tag(slug, written, config.href(SitePaths.tag(slug)))), known, diagnostics);
            if (tag != null && !result.contains(tag)) {
                result.add(tag);
            }
        }
        return result;
    }

    /** The article's column, or {@code null} for none (or a name that gives no page). */
    private Column column(ParsedArticle document, Map<String, Column> known, Diagnostics diagnostics) {
        return document.column() == null ? null : named(document.column(), new NameKind<>("column", "columns",
                SitePaths.COLUMNS, Column::name, (slug, written) -> new Column(slug, written,
                config.href(SitePaths.column(slug)))), known, diagnostics);
    }

    /**
     * What gets a page of its own by a name written in front matter (tags, columns): what it is called in
     * messages, where its pages are, how its name is read and how one is made.
     */
    private record NameKind<T>(String what, String plural, String folder, Function<T, String> nameOf,
                               BiFunction<String, String, T> make) {
    }

    /**
     * The tag or column a name gives: the one of the same slug met first (in {@code known}), else a new one. A
     * name without a slug is an error; another spelling of a known one, a warning (unless only its case, hyphens or
     * spaces differ). {@code null} when the name gives no page.
     */
    private <T> T named(Located<String> name, NameKind<T> kind, Map<String, T> known, Diagnostics diagnostics) {
        String written = name.value().strip();
        String slug = slugs.computeIfAbsent(name.value(), Slugs::slugify);
        if (slug.isEmpty()) {
            diagnostics.add(name.position().error(kind.what() + " \"" + name.value() + "\" has no letters or "
                    + "digits that can form its page's address; use Latin letters or digits"));
            return null;
        }
        T found = known.get(slug);
        if (found == null) {
            found = kind.make().apply(slug, written);
            known.put(slug, found);
        } else if (!kind.nameOf().apply(found).equals(written) && !sameWords(kind.nameOf().apply(found), written)) {
            diagnostics.add(name.position().warning(kind.what() + " \"" + written + "\" gets the same page, /"
                    + kind.folder() + slug + "/, as the " + kind.what() + " \"" + kind.nameOf().apply(found)
                    + "\", and is listed under that name; rename one if they are different " + kind.plural()));
        }
        return found;
    }

    /** "Foreign Policy", "foreign-policy" and "foreign policy" are one tag written three ways; "C++" and "C" not. */
    private static boolean sameWords(String one, String other) {
        return one.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ")
                .equals(other.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " "));
    }
}
