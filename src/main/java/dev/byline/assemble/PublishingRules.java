package dev.byline.assemble;

import dev.byline.content.ArticleDocument;
import dev.byline.model.ArticleState;
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

    /** The rules of a plain {@code byline build} at the same moment: no drafts, nothing dated later. */
    public PublishingRules plainBuild() {
        return new PublishingRules(false, false, now);
    }

    /**
     * What a plain build makes of an article these rules publish: the state its pages show, so that the preview
     * marks a draft or a scheduled piece wherever it lists one.
     */
    public ArticleState stateOf(ArticleDocument document) {
        return switch (plainBuild().judge(document)) {
            case PUBLISH -> ArticleState.PUBLISHED;
            case DRAFT -> ArticleState.DRAFT;
            case SCHEDULED -> ArticleState.SCHEDULED;
            case EXPIRED -> throw new IllegalArgumentException(
                    "an expired article is published by no build: " + document.source().display());
        };
    }
}
