package dev.byline.content;

import dev.byline.model.ArticleDate;
import dev.byline.source.SourceFile;
import dev.byline.yaml.Located;

/**
 * One page file of {@code content/pages/}, parsed and checked on its own: what assembly makes a
 * {@link dev.byline.model.Page} of, once it has checked the slugs against each other.
 *
 * @param slug    from front matter or the file name, where it is written (the file, for the file name)
 * @param updated {@code null} when not given
 * @param order   {@link dev.byline.model.Page#UNORDERED} when not given
 */
public record PageDocument(SourceFile source, Located<String> slug, String title, String description,
                           ArticleDate updated, boolean nav, int order, MarkdownRenderer.Rendered body) {
}
