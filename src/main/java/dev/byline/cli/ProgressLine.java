package dev.byline.cli;

import dev.byline.build.BuildProgress;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on one terminal line, redrawn in place: the stage and, for stages that count, a bar with done and
 * total. Builds that end within two seconds never show it; longer ones show it from then on, at most ten times a
 * second, and {@link #clear()} removes it before the summary is printed.
 */
final class ProgressLine implements BuildProgress {

    private static final long SHOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int BAR_WIDTH = 30;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "";
    private volatile int total;
    private long lastDrawn;
    private boolean shown;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void stage(String name, int steps) {
        stage = name;
        total = steps;
        done.set(0);
        draw(true);
    }

    @Override
    public void advanced() {
        done.incrementAndGet();
        draw(false);
    }

    /** Removes the line, if it was shown. */
    synchronized void clear() {
        if (shown) {
            err.print(CLEAR_LINE);
            err.flush();
            shown = false;
        }
    }

    private void draw(boolean stageChanged) {
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS) {
            return;
        }
        synchronized (this) {
            if (!stageChanged && now - lastDrawn < REDRAW_NANOS) {
                return;
            }
            lastDrawn = now;
            shown = true;
            err.print(CLEAR_LINE + line(stage, done.get(), total));
            err.flush();
        }
    }

    /** {@code render [###########-------------------] 5120/14203}, or the stage alone when it does not count. */
    static String line(String stage, int done, int total) {
        String name = String.format("%-9s", stage);
        if (total <= 0) {
            return "byline: " + name + "...";
        }
        int filled = (int) ((long) Math.min(done, total) * BAR_WIDTH / total);
        return "byline: " + name + "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + done + "/"
                + total;
    }
}
