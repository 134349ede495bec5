package dev.byline.build;

/** How long one stage of a build took, wall time. */
public record StageTime(String stage, long millis) {

    @Override
    public String toString() {
        return stage + " " + millis + " ms";
    }
}
