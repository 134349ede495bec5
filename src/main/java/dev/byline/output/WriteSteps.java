package dev.byline.output;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes a write makes on disk (a file written, linked or removed; a manifest written or deleted; a
 * folder renamed), for one test hook: with the system property {@value #PAUSE_PROPERTY} set to N, the N-th change
 * stops before it happens, after printing {@value #PAUSED} to standard error, and waits to be killed. The crash test
 * ({@code InterruptedBuildTest}) kills a build there with SIGKILL and checks that the output folder is the old site
 * or the new one. Without the property a step is an increment.
 */
final class WriteSteps {

    static final String PAUSE_PROPERTY = "byline.test.pauseAtWriteStep";
    static final String PAUSED = "byline-test: paused at write step ";
    private static final long PAUSE_AT = Long.getLong(PAUSE_PROPERTY, 0);

    private final AtomicLong taken = new AtomicLong();

    /** A change is about to be made. */
    void next() {
        long step = taken.incrementAndGet();
        if (step == PAUSE_AT) {
            System.err.println(PAUSED + step);
            System.err.flush();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // only the kill ends this
                }
            }
        }
    }
}
