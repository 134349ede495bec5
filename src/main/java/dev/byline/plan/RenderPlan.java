package dev.byline.plan;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Every output file of a site and how it is made, in a fixed order (pages, feeds, sitemap, copies), with each
 * task's recipe hash, computed once.
 */
public final class RenderPlan {

    private final List<Task> tasks;
    private final long[] recipeHashes;

    public RenderPlan(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
        this.recipeHashes = IntStream.range(0, this.tasks.size()).parallel()
                .mapToLong(i -> this.tasks.get(i).recipeHash()).toArray();
    }

    public List<Task> tasks() {
        return tasks;
    }

    /** The recipe hash of task {@code index}. */
    public long recipeHash(int index) {
        return recipeHashes[index];
    }
}
