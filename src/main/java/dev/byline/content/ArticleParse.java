package dev.byline.content;

import dev.byline.diag.Diagnostic;
import java.util.List;

/**
 * One article file's parse, whole: what the parser made of it, what it said about it, and what it read besides the
 * file itself, so that the parse can be kept and used again while the file and those reads are unchanged.
 *
 * @param diagnostics sorted, as {@link dev.byline.diag.Diagnostics#sorted()} gives them
 */
public record ArticleParse(ParsedArticle article, List<Diagnostic> diagnostics, OutsideReads reads) {

    public ArticleParse {
        diagnostics = List.copyOf(diagnostics);
    }
}
