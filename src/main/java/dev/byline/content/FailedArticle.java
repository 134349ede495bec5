package dev.byline.content;

import dev.byline.source.SourceFile;
import dev.byline.yaml.Located;
import java.util.List;
import java.util.Optional;

/**
 * What could be read of an article file with errors: never published, but checked against the rest of the site.
 *
 * @param slug  {@code null} when the file gives no usable slug
 * @param image {@code null} when not given or unreadable
 */
public record FailedArticle(SourceFile source, Located<String> slug, String slugWithDate, List<AuthorRef> authors,
                            List<Located<String>> tags, ImageRef image, Located<String> column,
                            Located<String> inResponseTo, List<Located<String>> unknownKeys)
        implements ParsedArticle {

    public FailedArticle {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        unknownKeys = List.copyOf(unknownKeys);
    }

    /** A file of which nothing could be read: not text, no front matter, or YAML that does not parse. */
    static FailedArticle unreadable(SourceFile source) {
        return new FailedArticle(source, null, "", List.of(), List.of(), null, null, null, List.of());
    }

    @Override
    public Optional<Located<String>> knownSlug() {
        return Optional.ofNullable(slug);
    }

    @Override
    public Optional<ArticleDocument> document() {
        return Optional.empty();
    }
}
