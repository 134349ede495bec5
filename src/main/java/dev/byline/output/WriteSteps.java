package dev.byline.output;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes a write makes on disk (a file written, linked or removed; a manifest written or deleted; a
 * folder renamed), for one test hook: with the system property {@value #PAUSE_PROPERTY} set to N, the N-th change
 * stops before it happens, after printing {@value #PAUSED} to standard error, and waits to be killed, or for
 * {@value #PAUSE_MILLIS_PROPERTY} milliseconds when that is set. The crash test ({@code InterruptedBuildTest}) kills
 * a build there with SIGKILL and checks that the output folder is the old site or the new one; the test of two builds
 * at once ({@code ConcurrentBuildsTest}) holds one build there while another starts. Without the properties a step
 * is an increment.
 */
final class WriteSteps {

    static final String PAUSE_PROPERTY = "byline.test.pauseAtWriteStep";
    static final String PAUSED = "byline-test: paused at write step ";
    static final String PAUSE_MILLIS_PROPERTY = "byline.test.pauseMillis";
    private static final long PAUSE_AT = Long.getLong(PAUSE_PROPERTY, 0);
    private static final long PAUSE_MILLIS = Long.getLong(PAUSE_MILLIS_PROPERTY, Long.MAX_VALUE);

    private final AtomicLong taken = new AtomicLong();

    /** A change is about to be made. */
    void next() {
        long step = taken.incrementAndGet();
        if (step == PAUSE_AT) {
            System.err.println(PAUSED + step);
            System.err.flush();
            long start = System.nanoTime();
            long pause = PAUSE_MILLIS >= Long.MAX_VALUE / 1_000_000 ? Long.MAX_VALUE : PAUSE_MILLIS * 1_000_000;
            while (System.nanoTime() - start < pause) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException ignored) {
                    // only the kill or the end of the pause ends this
                }
            }
        }
    }
}
