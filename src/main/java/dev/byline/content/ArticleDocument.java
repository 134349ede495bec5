package dev.byline.content;

import dev.byline.diag.Position;
import dev.byline.model.ArticleDate;
import dev.byline.model.Correction;
import dev.byline.model.WorkType;
import dev.byline.source.SourceFile;
import dev.byline.yaml.Located;
import java.util.List;
import java.util.Optional;

/**
 * One article file, parsed and checked on its own: what the content stage hands to assembly.
 *
 * @param slug    the article's slug, from front matter or from the file name
 * @param slugWithDate as {@link ParsedArticle#slugWithDate()}
 * @param updated {@code null} when not given
 * @param image   {@code null} when not given
 * @param expires when the article comes down, or {@code null}
 * @param toc     whether the writer asked for a table of contents
 * @param type    the kind of piece ({@code type:}; {@code column:} alone makes a column)
 * @param column  the column's name as written, or {@code null}; given exactly when the type is a column
 * @param inResponseTo the slug of the article it answers, as written, or {@code null}
 * @param canonical where it was first published, an absolute http(s) URL; empty for none
 * @param aliases its old addresses ({@code aliases:} or {@code redirect_from:}), as site paths without the
 *                leading slash ({@code 2016/09/29/rust.html}, {@code old/path/}), where each is written
 * @param bodyStartLine the file's line where the Markdown body starts, for positions within it
 * @param unknownKeys as {@link ParsedArticle#unknownKeys()}
 */
public record ArticleDocument(
        SourceFile source,
        Located<String> slug,
        String slugWithDate,
        String title,
        String description,
        ArticleDate date,
        ArticleDate updated,
        List<AuthorRef> authors,
        List<Located<String>> tags,
        ImageRef image,
        boolean draft,
        ArticleDate expires,
        List<Correction> corrections,
        boolean toc,
        WorkType type,
        Located<String> column,
        Located<String> inResponseTo,
        String canonical,
        List<Located<String>> aliases,
        int bodyStartLine,
        MarkdownRenderer.Rendered body,
        List<Located<String>> unknownKeys) implements ParsedArticle {

    public ArticleDocument {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        corrections = List.copyOf(corrections);
        aliases = List.copyOf(aliases);
        unknownKeys = List.copyOf(unknownKeys);
    }

    /** This document with another body: what it was before an edit that changed the body alone. */
    public ArticleDocument withBody(MarkdownRenderer.Rendered otherBody) {
        return new ArticleDocument(source, slug, slugWithDate, title, description, date, updated, authors, tags,
                image, draft, expires, corrections, toc, type, column, inResponseTo, canonical, aliases, bodyStartLine, otherBody,
                unknownKeys);
    }

    /** This document published under another slug: the dated one, when the short one would clash. */
    public ArticleDocument withSlug(Located<String> otherSlug) {
        return new ArticleDocument(source, otherSlug, slugWithDate, title, description, date, updated, authors, tags,
                image, draft, expires, corrections, toc, type, column, inResponseTo, canonical, aliases, bodyStartLine, body,
                unknownKeys);
    }

    @Override
    public Optional<Located<String>> knownSlug() {
        return Optional.of(slug);
    }

    @Override
    public Optional<ArticleDocument> document() {
        return Optional.of(this);
    }

    public Position position() {
        return Position.ofFile(source.display());
    }
}
