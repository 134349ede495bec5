package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.model.ArticleDate;
import dev.byline.model.Page;
import dev.byline.model.SitePaths;
import dev.byline.source.SourceFile;
import dev.byline.source.TextDecoder;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlMap;
import dev.byline.yaml.YamlReader;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Parses one page of {@code content/pages/} (About, Masthead, a policy) with the articles' machinery: front matter
 * ({@link FrontMatterSplitter}, {@link YamlReader}) and Markdown ({@link MarkdownRenderer}). Its keys are
 * {@link #KEYS}; only {@code title} is required, and the slug defaults to the file's name. Every problem of the file
 * is reported, with its line and column; a page with errors gives nothing. Safe to use from several threads.
 */
public final class PageParser {

    public static final List<String> KEYS = List.of("title", "description", "slug", "nav", "order", "updated");
    private static final String OPENING = "a page starts with \"---\", then a line such as \"title: About us\", "
            + "then \"---\", then its text";

    private final ZoneId zone;
    private final MarkdownRenderer markdown;

    /** @param zone the zone an {@code updated:} date without an offset is read in */
    public PageParser(ZoneId zone, MarkdownRenderer markdown) {
        this.zone = zone;
        this.markdown = markdown;
    }

    public Optional<PageDocument> parse(SourceFile file, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        Optional<PageDocument> page = TextDecoder.read(file, local)
                .flatMap(text -> FrontMatterSplitter.split(text, file.display(), OPENING, local))
                .flatMap(split -> YamlReader.readMapping(split.yaml(), file.display(), split.openingLine(), local)
                        .flatMap(frontMatter -> page(file, frontMatter, split, local)));
        local.sorted().forEach(diagnostics::add);
        return page;
    }

    private Optional<PageDocument> page(SourceFile file, YamlMap fm, FrontMatterSplitter.Split split,
                                        Diagnostics diagnostics) {
        fm.warnUnknownKeys(KEYS);
        Optional<String> title = fm.requiredText("title", "title: About us").map(t -> t.value().strip());
        String description = fm.text("description").map(d -> d.value().strip()).orElse("");
        Optional<Located<String>> slug = slug(file, fm, diagnostics);
        boolean nav = fm.bool("nav").orElse(false);
        int order = fm.integer("order").map(value -> order(value, diagnostics)).orElse(Page.UNORDERED);
        ArticleDate updated = fm.text("updated", "a date such as 2025-08-15").flatMap(d -> date(d, diagnostics))
                .orElse(null);
        if (title.isEmpty() || slug.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return markdown.renderBody(split, file.display(), new OutsideReads.Recorder(), diagnostics)
                .map(body -> new PageDocument(file, slug.get(), title.get(), description, updated, nav, order, body));
    }

    /** The page's slug: front matter's, or made from the file's name; never one of the site's own paths. */
    private static Optional<Located<String>> slug(SourceFile file, YamlMap fm, Diagnostics diagnostics) {
        String name = file.relative().substring(file.relative().lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        return FrontMatterSlug.read(file, fm, name, "about", diagnostics).filter(slug -> !reserved(slug, diagnostics));
    }

    private static boolean reserved(Located<String> slug, Diagnostics diagnostics) {
        if (!SitePaths.RESERVED.contains(slug.value())) {
            return false;
        }
        diagnostics.add(slug.position().error("the page's address would be /" + slug.value() + "/, which is "
                + "the site's own (Byline makes /" + String.join("/, /", SitePaths.RESERVED) + "/); give the "
                + "page another with a line such as \"slug: our-" + slug.value() + "\""));
        return true;
    }

    private static int order(Located<Long> value, Diagnostics diagnostics) {
        if (Math.abs(value.value()) > 1_000_000) {
            diagnostics.add(value.position().error("order must be between -1000000 and 1000000 (smaller comes "
                    + "first), found " + value.value()));
            return Page.UNORDERED;
        }
        return value.value().intValue();
    }

    private Optional<ArticleDate> date(Located<String> value, Diagnostics diagnostics) {
        DateParser.Result result = DateParser.parse(value.value(), zone);
        if (result instanceof DateParser.Invalid invalid) {
            diagnostics.add(value.position().error("updated " + invalid.message()));
            return Optional.empty();
        }
        return Optional.of(((DateParser.Parsed) result).date());
    }
}
