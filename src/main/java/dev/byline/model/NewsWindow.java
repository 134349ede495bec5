package dev.byline.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Which articles the Google News sitemap lists: those published in the two days before the build, as Google asks
 * ("only include articles that were published in the last two days"). Because it moves with the clock, a build
 * says when the next article leaves it or enters it, so that the desk can build again then.
 */
public final class NewsWindow {

    public static final Duration LENGTH = Duration.ofHours(48);

    private NewsWindow() {
    }

    /** Whether a piece published at {@code published} is in the window of a build at {@code now}. */
    public static boolean contains(Instant published, Instant now) {
        return !published.isAfter(now) && published.isAfter(now.minus(LENGTH));
    }

    /** The moment a piece published at {@code published} leaves the window. */
    public static Instant leaves(Instant published) {
        return published.plus(LENGTH);
    }
}
