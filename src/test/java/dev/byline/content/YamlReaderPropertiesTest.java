package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.yaml.YamlMap;
import dev.byline.yaml.YamlReader;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * YAML that would take the build's time or memory ("billion laughs", nesting, sheer size) is refused quickly with an
 * error naming the file, never an exception. Lives with the content tests, whose front matter it guards.
 */
class YamlReaderPropertiesTest {

    private static final String FILE = "content/articles/x.md";
    /**
     * A guard against runaway work (an alias bomb expands for minutes, or for ever), not a speed check: generous, so
     * a machine busy with other builds never trips it.
     */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Property(tries = 60)
    void aliasBombIsQuickAndRefusedBeyondTheAliasBound(@ForAll @IntRange(min = 1, max = 14) int depth,
                                                      @ForAll @IntRange(min = 1, max = 24) int width,
                                                      @ForAll boolean mappings) {
        String yaml = laughs(depth, width, mappings);
        Diagnostics diagnostics = new Diagnostics();

        Optional<YamlMap> map = assertTimeoutPreemptively(LIMIT,
                () -> YamlReader.readMapping(yaml, FILE, 1, diagnostics));

        int aliases = (depth - 1) * width; // each level refers to the one before, width times
        if (aliases > 50) { // real front matter needs a handful; the reader's documented bound
            assertThat(map).as("%d levels of %d aliases", depth, width).isEmpty();
            assertThat(diagnostics.sorted()).singleElement().satisfies(error -> {
                assertThat(error.isError()).isTrue();
                assertThat(error.file()).isEqualTo(FILE);
                assertThat(error.line()).isGreaterThanOrEqualTo(2);
                assertThat(error.message()).contains("too many aliases");
            });
        } else {
            map.ifPresent(YamlReaderPropertiesTest::readEverything);
        }
        checkOutcome(map, diagnostics);
    }

    @Property(tries = 30)
    void nestedFlowCollectionsAFewHundredDeepAreQuickAndNeverThrow(@ForAll @IntRange(min = 1, max = 500) int depth,
                                                                   @ForAll boolean mappings,
                                                                   @ForAll boolean balanced) {
        String yaml = "title: x\ntags: " + nested(depth, mappings, balanced) + "\n";
        Diagnostics diagnostics = new Diagnostics();

        Optional<YamlMap> map = assertTimeoutPreemptively(LIMIT,
                () -> YamlReader.readMapping(yaml, FILE, 1, diagnostics));

        if (!balanced) {
            assertThat(map).isEmpty();
        }
        checkOutcome(map, diagnostics);
    }

    @Property(tries = 4)
    void tenThousandNestedFlowCollectionsGiveAnErrorNotAnException(@ForAll boolean mappings,
                                                                    @ForAll boolean balanced) {
        String yaml = "title: x\ntags: " + nested(10_000, mappings, balanced) + "\n";
        Diagnostics diagnostics = new Diagnostics();

        Optional<YamlMap> map = assertTimeoutPreemptively(LIMIT,
                () -> YamlReader.readMapping(yaml, FILE, 1, diagnostics));

        assertThat(map).isEmpty();
        assertThat(diagnostics.sorted()).anyMatch(Diagnostic::isError);
    }

    @Property(tries = 5)
    void scalarAliasesCannotMultiplyTheTextBeyondBounds(@ForAll @IntRange(min = 10_000, max = 100_000) int aliases) {
        String yaml = "keep: &a \"" + "word ".repeat(80_000) + "\"\ntags: ["
                + String.join(", ", Collections.nCopies(aliases, "*a")) + "]\n";
        Diagnostics diagnostics = new Diagnostics();

        Optional<YamlMap> map = assertTimeoutPreemptively(LIMIT,
                () -> YamlReader.readMapping(yaml, FILE, 1, diagnostics));

        long expanded = map.flatMap(m -> m.textList("tags", "[a]")).orElse(List.of()).stream()
                .mapToLong(tag -> tag.value().length()).sum();
        assertThat(expanded).as("characters of tag text read from %d characters of YAML", yaml.length())
                .isLessThanOrEqualTo(10L << 20);
        checkOutcome(map, diagnostics);
    }

    @Property(tries = 8)
    void textOverOneMebibyteIsRefusedQuickly(@ForAll @IntRange(min = 100, max = 3_000) int kilobytes) {
        Assume.that(Math.abs(kilobytes - 1024) > 16); // SnakeYAML counts code points by the buffer
        String yaml = "title: x\ndescription: \"" + "lorem ipsum ".repeat(kilobytes * 1024 / 12) + "\"\n";
        Diagnostics diagnostics = new Diagnostics();

        Optional<YamlMap> map = assertTimeoutPreemptively(LIMIT,
                () -> YamlReader.readMapping(yaml, FILE, 1, diagnostics));

        if (yaml.length() > (1 << 20)) {
            assertThat(map).isEmpty();
            assertThat(diagnostics.sorted()).singleElement().satisfies(error -> {
                assertThat(error.isError()).isTrue();
                assertThat(error.file()).isEqualTo(FILE);
                assertThat(error.message()).contains("may be at most 1024 KB");
            });
        } else {
            assertThat(map).isPresent();
        }
    }

    @Example
    void recursiveAliasIsQuickAndNeverThrows() {
        Diagnostics diagnostics = new Diagnostics();

        Optional<YamlMap> map = assertTimeoutPreemptively(LIMIT, () -> YamlReader.readMapping(
                "tags: &t [*t, *t]\nauthor: &a {name: x, links: *a}\n", FILE, 1, diagnostics));

        map.ifPresent(m -> {
            m.textList("tags", "[a]");
            m.mapping("author").ifPresent(author -> author.mapping("links"));
        });
        checkOutcome(map, diagnostics);
    }

    /**
     * Reads every value as Byline's parsers do, at most three mappings down (article, author, links), which must
     * stay quick: the alias graph is shared, never expanded.
     */
    private static void readEverything(YamlMap map) {
        assertTimeoutPreemptively(LIMIT, () -> readEverything(map, 3));
    }

    private static void readEverything(YamlMap map, int levels) {
        for (String key : map.keys()) {
            map.text(key);
            map.textList(key, "[a]");
            map.mappingList(key, "- a: b");
            if (levels > 1) {
                map.mapping(key).ifPresent(nested -> readEverything(nested, levels - 1));
            }
        }
    }

    /** An empty result always comes with an error; every message names the file and a line. */
    private static void checkOutcome(Optional<YamlMap> map, Diagnostics diagnostics) {
        List<Diagnostic> reported = diagnostics.sorted();
        if (map.isEmpty()) {
            assertThat(reported).anyMatch(Diagnostic::isError);
        }
        for (Diagnostic diagnostic : reported) {
            assertThat(diagnostic.file()).isEqualTo(FILE);
            assertThat(diagnostic.line()).isGreaterThanOrEqualTo(2);
        }
    }

    /** {@code a0: &a0 [lol, lol]}, {@code a1: &a1 [*a0, *a0]}, ...: {@code width^depth} values once expanded. */
    private static String laughs(int depth, int width, boolean mappings) {
        StringBuilder yaml = new StringBuilder("title: laughs\n");
        for (int level = 0; level < depth; level++) {
            String item = level == 0 ? "lol" : "*a" + (level - 1);
            List<String> items = Collections.nCopies(width, item);
            yaml.append('a').append(level).append(": &a").append(level).append(' ');
            if (mappings) {
                yaml.append('{');
                for (int i = 0; i < width; i++) {
                    yaml.append(i == 0 ? "" : ", ").append('k').append(i).append(": ").append(item);
                }
                yaml.append("}\n");
            } else {
                yaml.append('[').append(String.join(", ", items)).append("]\n");
            }
        }
        return yaml.toString();
    }

    private static String nested(int depth, boolean mappings, boolean balanced) {
        String open = mappings ? "{a: " : "[";
        String close = mappings ? "}" : "]";
        return open.repeat(depth) + "x" + (balanced ? close.repeat(depth) : "");
    }
}
