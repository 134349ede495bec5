package dev.byline.model;

import java.util.function.Supplier;

/**
 * Where the model's accessors report what is read of them while a page or feed is being made: the render plan runs
 * each task {@link #recording} into its own {@link Recorder}, so it knows, for the next change, which tasks a changed
 * headline, bio or list touches. Reading outside a recording (assembly, planning) reports nothing. A recording
 * belongs to the thread that runs the task: a task is built and rendered on one thread.
 */
public final class ReadLog {

    /** Hears the reads of one task. */
    public interface Recorder {
        void article(String source, ArticleField field);

        void author(String slug);

        void tag(String slug);

        /** A page of {@code content/pages/}, by slug. */
        void page(String slug);

        void site(SiteList list);
    }

    private static final ThreadLocal<Recorder> CURRENT = new ThreadLocal<>();

    private ReadLog() {
    }

    /** Runs {@code work} with its reads told to {@code recorder} (and not to a recording around it). */
    public static <T> T recording(Recorder recorder, Supplier<T> work) {
        Recorder outer = CURRENT.get();
        CURRENT.set(recorder);
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** The recorder of the task running on this thread, or {@code null} outside one. */
    public static Recorder current() {
        return CURRENT.get();
    }

    /** Runs {@code work} unrecorded: for values the model derives and records as one read of their own. */
    static <T> T unrecorded(Supplier<T> work) {
        return recording(null, work);
    }

    static void article(String source, ArticleField field) {
        Recorder recorder = CURRENT.get();
        if (recorder != null) {
            recorder.article(source, field);
        }
    }

    static void author(String slug) {
        Recorder recorder = CURRENT.get();
        if (recorder != null) {
            recorder.author(slug);
        }
    }

    static void tag(String slug) {
        Recorder recorder = CURRENT.get();
        if (recorder != null) {
            recorder.tag(slug);
        }
    }

    static void page(String slug) {
        Recorder recorder = CURRENT.get();
        if (recorder != null) {
            recorder.page(slug);
        }
    }

    static void site(SiteList list) {
        Recorder recorder = CURRENT.get();
        if (recorder != null) {
            recorder.site(list);
        }
    }
}
