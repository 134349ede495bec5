package dev.byline.plan;

import dev.byline.model.ReadLog;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parts made once and used by several tasks of one rendering (an article's Atom entry sits in the site's feed, its
 * authors' and its tags'), each kept with what making it read: a task that takes a part made for another hears
 * those reads as its own, so sharing never hides a read. Thread-safe; one instance per rendering.
 */
public final class RecordedParts<V> {

    private record Part<V>(V value, Reads reads) {
    }

    private final Map<String, Part<V>> parts = new ConcurrentHashMap<>();

    /** The part of this key, made by {@code make} the first time; its reads go to the current task every time. */
    public V get(String key, Supplier<V> make) {
        Part<V> part = parts.computeIfAbsent(key, unused -> {
            Reads.Recorder reads = new Reads.Recorder();
            V value = ReadLog.recording(reads, make);
            return new Part<>(value, reads.reads()); // fixed now: tasks on other threads replay it
        });
        part.reads().replayInto(ReadLog.current());
        return part.value();
    }
}
