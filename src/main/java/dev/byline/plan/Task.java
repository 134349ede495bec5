package dev.byline.plan;

/**
 * One output file of the site and how it is made. A task is known by its output file, the same in every plan of the
 * site; its {@link #recipe()} says what it is made of besides what it records reading while it renders
 * ({@link Reads}). Later outputs (a search index, resized images) join as new kinds, not as special cases.
 */
public sealed interface Task permits PageTask, FeedTask, SitemapTask, NewsSitemapTask, CopyTask,
        FixedTask {

    /** The output file, relative to the site root, forward slashes: the task's identity. */
    String file();

    /**
     * A hash of everything of the task that is not recorded as a read (its kind, template, theme, which articles it
     * lists, where it sits...): two plans' tasks of one file with the same recipe hash, whose reads no change
     * touched, make the same bytes.
     */
    long recipeHash();
}
