package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.model.Site;
import java.util.List;

/**
 * The assembled site and what the publishing rules held back.
 *
 * @param documents     the complete documents, each under its settled slug (see {@link ArticleSlugs})
 * @param draftsHeld    drafts not built (no {@code --drafts})
 * @param scheduledHeld articles dated in the future, not built (no {@code --future})
 * @param expiredHeld   articles past their {@code expires:} date, taken down
 */
public record Assembly(Site site, List<ArticleDocument> documents, int draftsHeld, int scheduledHeld,
                       int expiredHeld) {
}
