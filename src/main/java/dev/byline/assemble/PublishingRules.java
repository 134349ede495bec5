package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import java.time.Instant;

/**
 * Which articles a build publishes.
 *
 * @param drafts whether {@code draft: true} articles are built
 * @param future whether articles dated after {@code now} are built
 * @param now    the moment of the build, against which dates and expiry are judged
 */
public record PublishingRules(boolean drafts, boolean future, Instant now) {

    /** What the rules say of one article. */
    public enum Verdict { PUBLISH, DRAFT, SCHEDULED, EXPIRED }

    public Verdict judge(ArticleDocument document) {
        if (document.draft() && !drafts) {
            return Verdict.DRAFT;
        }
        if (!future && document.date().value().toInstant().isAfter(now)) {
            return Verdict.SCHEDULED;
        }
        if (document.expires() != null && !document.expires().value().toInstant().isAfter(now)) {
            return Verdict.EXPIRED;
        }
        return Verdict.PUBLISH;
    }
}
