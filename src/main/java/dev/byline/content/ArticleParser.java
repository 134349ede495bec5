package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.diag.Suggestions;
import dev.byline.model.ArticleDate;
import dev.byline.model.Correction;
import dev.byline.model.SitePaths;
import dev.byline.model.WorkType;
import dev.byline.source.SourceFile;
import dev.byline.source.TextDecoder;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlMap;
import dev.byline.yaml.YamlReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses one article file on its own (safe to run for many files in parallel): text, front matter, Markdown. Every
 * problem in the file is reported, not just the first; a file with errors still gives what could be read of it
 * ({@link FailedArticle}), for the checks only the whole site can make.
 */
public final class ArticleParser {

    public static final List<String> KEYS = List.of("title", "date", "author", "authors", "description", "tags", "slug",
            "updated", "draft", "published", "image", "expires", "corrections", "toc", "type", "column", "inResponseTo",
            "canonical", "aliases", "redirect_from");
    /** Keys that decide whether and when an article is shown: a near miss of one of them is an error. */
    static final List<String> PUBLISHING_KEYS = List.of("date", "updated", "draft", "published", "expires");
    private static final String A_DATE = "a date such as 2025-08-15";
    private static final List<String> CORRECTION_KEYS = List.of("date", "text");
    private static final List<String> IMAGE_KEYS = List.of("src", "alt", "caption", "credit");

    private final ZoneId zone;
    private final MarkdownRenderer markdown;
    private final Optional<AuthorRef> defaultAuthor;

    /**
     * @param defaultAuthor the writer of articles that name none (site.yaml's {@code author:}: a registry slug or a
     *                      name), where it is written; empty for none
     */
    public ArticleParser(ZoneId zone, MarkdownRenderer markdown, Optional<Located<String>> defaultAuthor) {
        this.zone = zone;
        this.markdown = markdown;
        this.defaultAuthor = defaultAuthor.map(AuthorRef::written);
    }

    public ParsedArticle parse(SourceFile file, Diagnostics diagnostics) {
        ArticleParse parse = parse(file);
        parse.diagnostics().forEach(diagnostics::add);
        return parse.article();
    }

    /** Parses, keeping what the parse said and read, so that it can be used again while those hold. */
    public ArticleParse parse(SourceFile file) {
        Diagnostics local = new Diagnostics();
        return parse(file, TextDecoder.read(file, local), local);
    }

    /** Parses {@code bytes}, the file's as read already (to hash them, say), as {@link #parse(SourceFile)} does. */
    public ArticleParse parse(SourceFile file, byte[] bytes) {
        Diagnostics local = new Diagnostics();
        return parse(file, TextDecoder.decode(bytes, file.display(), local), local);
    }

    private ArticleParse parse(SourceFile file, Optional<String> decoded, Diagnostics local) {
        OutsideReads.Recorder reads = new OutsideReads.Recorder();
        ParsedArticle article = decoded
                .flatMap(text -> FrontMatterSplitter.split(text, file.display(), local))
                .flatMap(split -> YamlReader.readMapping(split.yaml(), file.display(), split.openingLine(), local)
                        .map(frontMatter -> map(file, frontMatter, split, reads, local)))
                .orElseGet(() -> FailedArticle.unreadable(file));
        return new ArticleParse(article, local.sorted(), reads.reads());
    }

    private ParsedArticle map(SourceFile file, YamlMap fm, FrontMatterSplitter.Split split,
                              OutsideReads.Recorder reads, Diagnostics diagnostics) {
        List<Located<String>> unknownKeys = fm.reportNearMisses(KEYS, PUBLISHING_KEYS);
        ArticleFileName name = ArticleFileName.of(file.relative());
        Optional<String> title = fm.requiredText("title", "title: \"Not Instant Peace, But Progress\"")
                .map(t -> t.value().strip());
        Optional<ArticleDate> date = date(fm, name, file, diagnostics);
        ArticleDate updated = fm.text("updated", A_DATE).flatMap(d -> date("updated", d, diagnostics)).orElse(null);
        List<AuthorRef> authors = authors(fm, diagnostics);
        String description = fm.text("description").map(d -> d.value().strip()).orElse("");
        List<Located<String>> tags = fm.textList("tags", "[diplomacy, ukraine]").orElse(List.of());
        Optional<Located<String>> slug = slug(file, name, fm, diagnostics)
                .filter(given -> !takesAYearPage(given, fm.has("slug"), title.orElse(""), diagnostics));
        String slugWithDate = slugWithDate(fm, name);
        boolean draft = draft(fm, diagnostics);
        ImageRef image = image(fm, diagnostics);
        ArticleDate expires = fm.text("expires", A_DATE).flatMap(d -> date("expires", d, diagnostics)).orElse(null);
        List<Correction> corrections = fm.mappingList("corrections", "- date: 2025-08-16 / text: \"...\"")
                .map(items -> corrections(items, diagnostics))
                .orElse(List.of());
        boolean toc = fm.bool("toc").orElse(false);
        Optional<Located<String>> column = nonBlank(fm, "column", "column: \"Transit Lines\"", diagnostics);
        WorkType type = type(fm, column, diagnostics);
        Optional<Located<String>> inResponseTo = nonBlank(fm, "inResponseTo",
                "inResponseTo: not-instant-peace-but-progress (the slug of the article answered)", diagnostics);
        String canonical = canonical(fm, diagnostics);
        List<Located<String>> aliases = Aliases.read(fm, diagnostics);
        if (expires != null && date.isPresent() && !date.get().isBefore(expires)) {
            diagnostics.add(fm.positionOf("expires").error("expires (" + expires.display() + ") must be after date ("
                    + date.get().display() + "), or the article would never be shown"));
        }
        if (updated != null && date.isPresent() && updated.isBefore(date.get())) {
            diagnostics.add(fm.positionOf("updated").warning("updated (" + updated.display() + ") is before date ("
                    + date.get().display() + ")"));
        }
        FailedArticle failed = new FailedArticle(file, slug.orElse(null), slugWithDate, authors, tags, image,
                column.orElse(null), inResponseTo.orElse(null), unknownKeys);
        if (title.isEmpty() || date.isEmpty() || authors.isEmpty() || slug.isEmpty() || diagnostics.hasErrors()) {
            return failed;
        }
        Optional<MarkdownRenderer.Rendered> rendered = markdown.renderBody(split, file.display(), reads, diagnostics);
        if (rendered.isEmpty()) {
            return failed;
        }
        MarkdownRenderer.Rendered body = rendered.get();
        return new ArticleDocument(file, slug.get(), slugWithDate, title.get(), description, date.get(), updated,
                authors, tags, image, draft, expires, corrections, toc, type, column.orElse(null),
                inResponseTo.orElse(null), canonical, aliases, split.bodyStartLine(), body, unknownKeys);
    }

    /** Text that, when the key is given, must not be blank; stripped. */
    private static Optional<Located<String>> nonBlank(YamlMap fm, String key, String example,
                                                      Diagnostics diagnostics) {
        Optional<Located<String>> value = fm.text(key);
        if (value.isPresent() && value.get().value().isBlank()) {
            diagnostics.add(value.get().position().error(key + " is blank; write it as " + example));
            return Optional.empty();
        }
        return value.map(v -> new Located<>(v.value().strip(), v.position()));
    }

    /**
     * {@code type:}, one of the {@link WorkType}s; without it, a column when {@code column:} names one, else an
     * op-ed. A column needs its name, and only a column takes one.
     */
    private static WorkType type(YamlMap fm, Optional<Located<String>> column, Diagnostics diagnostics) {
        Optional<Located<String>> written = nonBlank(fm, "type", "type: editorial", diagnostics);
        if (written.isEmpty()) {
            return column.isPresent() ? WorkType.COLUMN : WorkType.OP_ED;
        }
        Optional<WorkType> type = WorkType.byId(written.get().value());
        if (type.isEmpty()) {
            String value = written.get().value();
            String nearest = Suggestions.nearest(value.toLowerCase(Locale.ROOT), WorkType.ids())
                    .map(id -> " (did you mean " + id + "?)").orElse("");
            diagnostics.add(written.get().position().error("type \"" + value + "\" is not a type of work Byline "
                    + "knows; use one of " + String.join(", ", WorkType.ids()) + nearest));
            return WorkType.OP_ED;
        }
        if (type.get() == WorkType.COLUMN && column.isEmpty() && !fm.has("column")) {
            diagnostics.add(written.get().position().error("type: column needs the column's name; add a line "
                    + "such as column: \"Transit Lines\""));
        }
        if (type.get() != WorkType.COLUMN && column.isPresent()) {
            diagnostics.add(fm.keyPosition("column").error("column: is for columns, but this piece is type: "
                    + type.get().id() + "; remove the column line, or write type: column"));
        }
        return type.get();
    }

    /** {@code canonical:}, the page where the piece was first published: an absolute http(s) URL. */
    private static String canonical(YamlMap fm, Diagnostics diagnostics) {
        Optional<Located<String>> written = fm.text("canonical");
        if (written.isEmpty()) {
            return "";
        }
        String value = written.get().value().strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException notAnAddress) {
            // reported below with the form wanted
        }
        diagnostics.add(written.get().position().error("canonical \"" + value + "\" must be the full address of "
                + "the page where the piece was first published, such as "
                + "canonical: https://example.com/2025/08/the-essay/"));
        return "";
    }

    /** The front matter's date; without one, the date a Jekyll-style file name starts with, in the site's zone. */
    private Optional<ArticleDate> date(YamlMap fm, ArticleFileName name, SourceFile file, Diagnostics diagnostics) {
        if (!fm.has("date") && !name.date().isEmpty()) {
            return date("the file name's date", new Located<>(name.date(), Position.ofFile(file.display())),
                    diagnostics);
        }
        return fm.requiredText("date", "date: 2025-08-15", A_DATE).flatMap(d -> date("date", d, diagnostics));
    }

    /** {@code draft: true}, or Jekyll's {@code published: false}; both given, they must agree. */
    private static boolean draft(YamlMap fm, Diagnostics diagnostics) {
        Optional<Boolean> draft = fm.bool("draft");
        Optional<Boolean> published = fm.bool("published");
        if (draft.isPresent() && published.isPresent() && draft.get().equals(published.get())) {
            diagnostics.add(fm.keyPosition("published").error("published: " + published.get() + " and draft: "
                    + draft.get() + " contradict each other; keep one of them (draft: true, or published: false, "
                    + "holds the article back)"));
        }
        return draft.orElse(published.map(isPublished -> !isPublished).orElse(false));
    }

    private Optional<ArticleDate> date(String key, Located<String> value, Diagnostics diagnostics) {
        DateParser.Result result = DateParser.parse(value.value(), zone);
        if (result instanceof DateParser.Invalid invalid) {
            diagnostics.add(value.position().error(key + " " + invalid.message()));
            return Optional.empty();
        }
        return Optional.of(((DateParser.Parsed) result).date());
    }

    private List<AuthorRef> authors(YamlMap fm, Diagnostics diagnostics) {
        boolean hasAuthor = fm.kindOf("author") != YamlMap.ValueKind.ABSENT;
        boolean hasAuthors = fm.kindOf("authors") != YamlMap.ValueKind.ABSENT;
        if (hasAuthor && hasAuthors) {
            diagnostics.add(fm.keyPosition("authors").error("give either author (one writer) or authors (a list), "
                    + "not both"));
            return List.of();
        }
        if (!hasAuthor && !hasAuthors && defaultAuthor.isPresent()) {
            return List.of(defaultAuthor.get());
        }
        if (!hasAuthor && !hasAuthors) {
            fm.requiredText("author", "author: andrew-wilson (a slug from content/authors/), a name, or "
                    + "name: and bio: lines");
            return List.of();
        }
        if (hasAuthor) {
            return fm.kindOf("author") == YamlMap.ValueKind.MAPPING
                    ? fm.mapping("author").flatMap(a -> namedAuthor(a, diagnostics)).map(List::of).orElse(List.of())
                    : fm.requiredText("author", "author: andrew-wilson").map(AuthorRef::written)
                            .map(List::of).orElse(List.of());
        }
        Optional<List<Located<String>>> names = fm.textList("authors", "[andrew-wilson, jane-doe]");
        if (names.isEmpty() || names.get().isEmpty() || names.get().stream().anyMatch(n -> n.value().isBlank())) {
            diagnostics.add(fm.positionOf("authors").error("authors must list at least one writer, such as "
                    + "[andrew-wilson, jane-doe], with no blank entries"));
            return List.of();
        }
        return names.get().stream().map(AuthorRef::written).toList();
    }


    private static Optional<AuthorRef> namedAuthor(YamlMap author, Diagnostics diagnostics) {
        return AuthorFileParser.inline(author, diagnostics)
                .map(profile -> new AuthorRef.Named(profile, author.positionOf("name")));
    }

    private List<Correction> corrections(List<YamlMap> items, Diagnostics diagnostics) {
        List<Correction> corrections = new ArrayList<>();
        for (YamlMap item : items) {
            item.warnUnknownKeys(CORRECTION_KEYS);
            Optional<ArticleDate> date = item.requiredText("date", "date: 2025-08-16")
                    .flatMap(d -> date("date", d, diagnostics));
            Optional<Located<String>> text = item.requiredText("text", "text: \"An earlier version misstated...\"");
            if (date.isPresent() && text.isPresent()) {
                corrections.add(new Correction(date.get(), text.get().value().strip()));
            }
        }
        corrections.sort(Comparator.comparing(Correction::date));
        return corrections;
    }

    private Optional<Located<String>> slug(SourceFile file, ArticleFileName name, YamlMap fm,
                                           Diagnostics diagnostics) {
        String undated = Slugs.slugify(name.undated());
        return FrontMatterSlug.read(file, fm, undated.isEmpty() ? name.name() : undated, "my-article", diagnostics);
    }

    /**
     * Whether the slug is a year's ({@code 2024}), whose address is the archive's page of that year: an error at the
     * slug line, or at the file when its name gives the slug, suggesting a slug made from the title.
     */
    private static boolean takesAYearPage(Located<String> slug, boolean given, String title,
                                          Diagnostics diagnostics) {
        if (!SitePaths.isYear(slug.value())) {
            return false;
        }
        String fromTitle = Slugs.slugify(title);
        String suggestion = fromTitle.isEmpty() || SitePaths.isYear(fromTitle) ? slug.value() + "-in-review"
                : fromTitle;
        diagnostics.add(slug.position().error((given ? "slug \"" : "the file name gives the slug \"")
                + slug.value() + "\", a year: /" + SitePaths.archiveYear(Integer.parseInt(slug.value()))
                + " is the archive's page for that year; " + (given ? "use" : "rename the file or add")
                + " a line such as \"slug: " + suggestion + "\""));
        return true;
    }

    /** The slug with the file name's date kept, when the slug comes from a dated file name. */
    private static String slugWithDate(YamlMap fm, ArticleFileName name) {
        if (fm.has("slug") || name.date().isEmpty()) {
            return "";
        }
        String dated = Slugs.slugify(name.name());
        return dated.equals(Slugs.slugify(name.undated())) ? "" : dated;
    }

    /**
     * {@code image: {src: ..., alt: ...}}, or a plain path as other generators write it. A missing alt text is a
     * warning, not an error: the picture is still shown, with an empty alt that screen readers pass over.
     */
    private static ImageRef image(YamlMap fm, Diagnostics diagnostics) {
        if (fm.kindOf("image") == YamlMap.ValueKind.SCALAR) {
            Located<String> src = fm.text("image").orElseThrow();
            diagnostics.add(src.position().warning("image has no alt text, so screen readers pass over it; write "
                    + "it as image: {src: " + src.value().strip() + ", alt: \"What the picture shows\"}"));
            return new ImageRef(src.value().strip(), "", "", "", src.position());
        }
        return fm.mapping("image").flatMap(image -> imageMapping(image, diagnostics)).orElse(null);
    }

    private static Optional<ImageRef> imageMapping(YamlMap image, Diagnostics diagnostics) {
        image.warnUnknownKeys(IMAGE_KEYS);
        Optional<Located<String>> src = image.requiredText("src", "src: /images/photo.jpg");
        String alt = image.text("alt").map(text -> text.value().strip()).orElse("");
        String caption = image.text("caption").map(Located::value).orElse("");
        String credit = image.text("credit").map(Located::value).orElse("");
        if (alt.isEmpty()) {
            diagnostics.add((image.has("alt") ? image.positionOf("alt") : image.position()).warning("image has no "
                    + "alt text, so screen readers pass over it; add a line such as alt: \"What the picture shows\" "
                    + "under image:"));
        }
        return src.map(s -> new ImageRef(s.value().strip(), alt, caption, credit, s.position()));
    }
}
