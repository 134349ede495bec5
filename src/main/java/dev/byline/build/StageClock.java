package dev.byline.build;

import java.util.ArrayList;
import java.util.List;

/** Times a build's stages, one after another, and tells the progress listener when each begins. */
final class StageClock {

    private final BuildProgress progress;
    private final List<StageTime> times = new ArrayList<>();
    private String current;
    private long currentStart;

    StageClock(BuildProgress progress) {
        this.progress = progress;
    }

    /** Ends the current stage, if any, and begins this one. */
    void begin(String stage, int steps) {
        end();
        current = stage;
        currentStart = System.nanoTime();
        progress.stage(stage, steps);
    }

    /** Records a stage that ran beside the others, such as compiling templates on a thread of its own. */
    void record(String stage, long nanos) {
        times.add(new StageTime(stage, nanos / 1_000_000));
    }

    /** Ends the current stage; the times so far, in order. */
    List<StageTime> end() {
        if (current != null) {
            record(current, System.nanoTime() - currentStart);
            current = null;
        }
        return List.copyOf(times);
    }
}
