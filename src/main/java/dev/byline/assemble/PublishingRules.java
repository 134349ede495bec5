package dev.byline.assemble;

import java.time.Instant;

/**
 * Which articles a build publishes.
 *
 * @param drafts whether {@code draft: true} articles are built
 * @param future whether articles dated after {@code now} are built
 * @param now    the moment of the build, against which future dates are judged
 */
public record PublishingRules(boolean drafts, boolean future, Instant now) {
}
