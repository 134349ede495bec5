package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.ArticleDate;
import dev.byline.model.Correction;
import dev.byline.source.SourceFile;
import dev.byline.source.TextDecoder;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlMap;
import dev.byline.yaml.YamlReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Parses one article file on its own (safe to run for many files in parallel): text, front matter, Markdown. Every
 * problem in the file is reported, not just the first; the article is returned only when it has none.
 */
public final class ArticleParser {

    static final List<String> KEYS = List.of("title", "date", "author", "authors", "description", "tags", "slug",
            "updated", "draft", "image", "expires", "corrections", "toc");
    private static final String A_DATE = "a date such as 2025-08-15";
    private static final List<String> CORRECTION_KEYS = List.of("date", "text");
    private static final List<String> IMAGE_KEYS = List.of("src", "alt", "caption", "credit");

    private final ZoneId zone;
    private final MarkdownRenderer markdown;

    public ArticleParser(ZoneId zone, MarkdownRenderer markdown) {
        this.zone = zone;
        this.markdown = markdown;
    }

    public Optional<ArticleDocument> parse(SourceFile file, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        Optional<ArticleDocument> article = TextDecoder.read(file, local)
                .flatMap(text -> FrontMatterSplitter.split(text, file.display(), local))
                .flatMap(split -> YamlReader.readMapping(split.yaml(), file.display(), 1, local)
                        .flatMap(frontMatter -> map(file, frontMatter, split, local)));
        local.sorted().forEach(diagnostics::add);
        return local.hasErrors() ? Optional.empty() : article;
    }

    private Optional<ArticleDocument> map(SourceFile file, YamlMap fm, FrontMatterSplitter.Split split,
                                          Diagnostics diagnostics) {
        fm.warnUnknownKeys(KEYS);
        Optional<String> title = fm.requiredText("title", "title: \"Not Instant Peace, But Progress\"")
                .map(t -> t.value().strip());
        Optional<ArticleDate> date = fm.requiredText("date", "date: 2025-08-15", A_DATE)
                .flatMap(d -> date("date", d, diagnostics));
        ArticleDate updated = fm.text("updated", A_DATE).flatMap(d -> date("updated", d, diagnostics)).orElse(null);
        List<AuthorRef> authors = authors(fm, diagnostics);
        String description = fm.text("description").map(d -> d.value().strip()).orElse("");
        List<Located<String>> tags = fm.textList("tags", "[diplomacy, ukraine]").orElse(List.of());
        Optional<Located<String>> slug = slug(file, fm, diagnostics);
        boolean draft = fm.bool("draft").orElse(false);
        ImageRef image = fm.mapping("image").map(this::image).orElse(null);
        ArticleDate expires = fm.text("expires", A_DATE).flatMap(d -> date("expires", d, diagnostics)).orElse(null);
        List<Correction> corrections = fm.mappingList("corrections", "- date: 2025-08-16 / text: \"...\"")
                .map(items -> corrections(items, diagnostics))
                .orElse(List.of());
        boolean toc = fm.bool("toc").orElse(false);
        if (expires != null && date.isPresent() && !date.get().isBefore(expires)) {
            diagnostics.add(fm.positionOf("expires").error("expires (" + expires.display() + ") must be after date ("
                    + date.get().display() + "), or the article would never be shown"));
        }
        if (updated != null && date.isPresent() && updated.isBefore(date.get())) {
            diagnostics.add(fm.positionOf("updated").warning("updated (" + updated.display() + ") is before date ("
                    + date.get().display() + ")"));
        }
        if (title.isEmpty() || date.isEmpty() || authors.isEmpty() || slug.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        MarkdownRenderer.Rendered body;
        try {
            body = markdown.render(split.body());
        } catch (StackOverflowError tooDeep) { // commonmark walks nested blocks recursively
            diagnostics.add(new Position(file.display(), split.bodyStartLine(), 1).error("the Markdown is nested "
                    + "too deeply (quotes or lists inside each other thousands of levels down) to be rendered"));
            return Optional.empty();
        }
        if (body.rawHtml() != null) {
            diagnostics.add(body.rawHtml().warningIn(file.display(), split.bodyStartLine()));
        }
        return Optional.of(new ArticleDocument(file, slug.get(), title.get(), description, date.get(), updated,
                authors, tags, image, draft, expires, corrections, toc, split.bodyStartLine(), body));
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
        if (!hasAuthor && !hasAuthors) {
            fm.requiredText("author", "author: andrew-wilson (a slug from content/authors/), a name, or "
                    + "name: and bio: lines");
            return List.of();
        }
        if (hasAuthor) {
            return fm.kindOf("author") == YamlMap.ValueKind.MAPPING
                    ? fm.mapping("author").flatMap(a -> namedAuthor(a, diagnostics)).map(List::of).orElse(List.of())
                    : fm.requiredText("author", "author: andrew-wilson").map(ArticleParser::authorByText)
                            .map(List::of).orElse(List.of());
        }
        Optional<List<Located<String>>> names = fm.textList("authors", "[andrew-wilson, jane-doe]");
        if (names.isEmpty() || names.get().isEmpty() || names.get().stream().anyMatch(n -> n.value().isBlank())) {
            diagnostics.add(fm.positionOf("authors").error("authors must list at least one writer, such as "
                    + "[andrew-wilson, jane-doe], with no blank entries"));
            return List.of();
        }
        return names.get().stream().map(ArticleParser::authorByText).toList();
    }

    private static AuthorRef authorByText(Located<String> text) {
        String value = text.value().strip();
        return Slugs.isValid(value)
                ? new AuthorRef.Slug(value, text.position())
                : new AuthorRef.Named(AuthorProfile.named(value), text.position());
    }

    private static Optional<AuthorRef> namedAuthor(YamlMap author, Diagnostics diagnostics) {
        return AuthorFileParser.profile(author, diagnostics)
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

    private Optional<Located<String>> slug(SourceFile file, YamlMap fm, Diagnostics diagnostics) {
        Optional<Located<String>> given = fm.text("slug");
        if (given.isPresent()) {
            String slug = given.get().value();
            if (Slugs.isValid(slug)) {
                return given;
            }
            String suggestion = Slugs.slugify(slug);
            diagnostics.add(given.get().position().error("slug \"" + slug + "\" may only contain lower-case "
                    + "letters, digits and single hyphens" + (suggestion.isEmpty() ? "" : "; try " + suggestion)));
            return Optional.empty();
        }
        String name = fileNameSlugSource(file.relative());
        String slug = Slugs.slugify(name);
        if (slug.isEmpty()) {
            diagnostics.add(Position.ofFile(file.display()).error("the file name gives no usable slug; add a line "
                    + "such as \"slug: my-article\" to the front matter"));
            return Optional.empty();
        }
        return Optional.of(new Located<>(slug, Position.ofFile(file.display())));
    }

    /**
     * The part of an article's path its slug comes from: the file name without {@code .md}, or the folder's name
     * for {@code articles/my-piece/index.md}, the layout some writers keep with a piece's images beside it.
     */
    static String fileNameSlugSource(String relative) {
        String[] parts = relative.split("/");
        String name = parts[parts.length - 1].replaceFirst("(?i)\\.md$", "");
        return name.equalsIgnoreCase("index") && parts.length > 1 ? parts[parts.length - 2] : name;
    }

    private ImageRef image(YamlMap image) {
        image.warnUnknownKeys(IMAGE_KEYS);
        Optional<Located<String>> src = image.requiredText("src", "src: /images/photo.jpg");
        Optional<Located<String>> alt = image.requiredText("alt", "alt: \"What the picture shows\"");
        String caption = image.text("caption").map(Located::value).orElse("");
        String credit = image.text("credit").map(Located::value).orElse("");
        if (src.isEmpty() || alt.isEmpty()) {
            return null;
        }
        return new ImageRef(src.get().value().strip(), alt.get().value().strip(), caption, credit,
                src.get().position());
    }
}
