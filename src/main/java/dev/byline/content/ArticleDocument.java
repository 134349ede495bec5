package dev.byline.content;

import dev.byline.diag.Position;
import dev.byline.model.ArticleDate;
import dev.byline.source.SourceFile;
import dev.byline.yaml.Located;
import java.util.List;

/**
 * One article file, parsed and checked on its own: what the content stage hands to assembly.
 *
 * @param slug    the article's slug, from front matter or from the file name
 * @param updated {@code null} when not given
 * @param image   {@code null} when not given
 */
public record ArticleDocument(
        SourceFile source,
        Located<String> slug,
        String title,
        String description,
        ArticleDate date,
        ArticleDate updated,
        List<AuthorRef> authors,
        List<Located<String>> tags,
        ImageRef image,
        boolean draft,
        MarkdownRenderer.Rendered body) {

    public ArticleDocument {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    public Position position() {
        return Position.ofFile(source.display());
    }
}
