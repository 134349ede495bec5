package dev.byline.content;

import dev.byline.source.SourceFile;
import dev.byline.yaml.Located;
import java.util.List;
import java.util.Optional;

/**
 * One article file as the parser could read it: complete ({@link ArticleDocument}) or with errors
 * ({@link FailedArticle}). Both carry what only the whole site can check (authors against the registry, tags and
 * slugs against the other articles, keys other files share, the column's name and the article answered), so a file with a bad date still gets its unknown-author
 * error in the same run. Only complete documents are ever published.
 */
public sealed interface ParsedArticle permits ArticleDocument, FailedArticle {

    SourceFile source();

    /** The article's slug, when the file gives a usable one. */
    Optional<Located<String>> knownSlug();

    /**
     * The slug with the date of a dated file name kept ({@code 2014-09-15-rust-1-0}), which the article takes when
     * its short slug would clash; empty when the slug was given or the name has no date.
     */
    String slugWithDate();

    List<AuthorRef> authors();

    List<Located<String>> tags();

    /** {@code null} when not given. */
    ImageRef image();

    /** The column's name as written, or {@code null} for none. */
    Located<String> column();

    /** The slug of the article it answers, as written, or {@code null} for none. */
    Located<String> inResponseTo();

    /** Front matter keys Byline does not know and that are no near miss of one it knows, for one site-wide report. */
    List<Located<String>> unknownKeys();

    /** The document, when the file has no errors. */
    Optional<ArticleDocument> document();
}
