package dev.byline.assemble;

import dev.byline.model.Site;

/**
 * The assembled site and what the publishing rules held back.
 *
 * @param draftsHeld    drafts not built (no {@code --drafts})
 * @param scheduledHeld articles dated in the future, not built (no {@code --future})
 * @param expiredHeld   articles past their {@code expires:} date, taken down
 */
public record Assembly(Site site, int draftsHeld, int scheduledHeld, int expiredHeld) {
}
