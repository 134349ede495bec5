package dev.byline.build;

/**
 * Hears how far a build has come, for a progress bar. Called from the build's worker threads: implementations must
 * be thread-safe and cheap, as {@link #advanced()} runs once per parsed article, rendered page and written file.
 */
public interface BuildProgress {

    /** Hears nothing. */
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void stage(String name, int total) {
        }

        @Override
        public void advanced() {
        }
    };

    /** A stage begins; {@code total} is the number of steps it will report, or 0 when it reports none. */
    void stage(String name, int total);

    /** One step of the current stage is done. */
    void advanced();
}
