package dev.byline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.ArticleField;
import dev.byline.model.ReadLog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A part made once for a rendering hands what making it read to every task that takes it, on any thread. */
class RecordedPartsTest {

    /** What a task records while it takes the part, as a feed takes an article's entry. */
    private static Reads taking(RecordedParts<String> parts, AtomicInteger made) {
        Reads.Recorder task = new Reads.Recorder();
        ReadLog.recording(task, () -> parts.get("content/articles/a.md", () -> {
            made.incrementAndGet();
            ReadLog.current().article("content/articles/a.md", ArticleField.TITLE);
            ReadLog.current().article("content/articles/a.md", ArticleField.BODY);
            ReadLog.current().author("ada");
            return "<entry/>";
        }));
        return task.reads();
    }

    @Test
    void everyTaskThatTakesASharedPartHearsItsReadsWhicheverThreadMadeIt() {
        RecordedParts<String> parts = new RecordedParts<>();
        AtomicInteger made = new AtomicInteger();

        List<Reads> reads = IntStream.range(0, 2_000).parallel().mapToObj(i -> taking(parts, made)).toList();

        assertThat(made).hasValue(1);
        int both = Reads.bit(ArticleField.TITLE) | Reads.bit(ArticleField.BODY);
        assertThat(reads).allSatisfy(task -> {
            assertThat(task.articles()).isEqualTo(Map.of("content/articles/a.md", both));
            assertThat(task.authors()).containsExactly("ada");
        });
    }
}
