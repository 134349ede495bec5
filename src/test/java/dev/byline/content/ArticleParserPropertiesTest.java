package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Whatever a writer puts between the fences and after them, parsing the file gives an article or at least one error
 * (never an exception, never silence), and every message names the file and a line of it. jqwik does not support
 * JUnit's {@code @TempDir}, so the container makes and removes its own temporary folder.
 */
class ArticleParserPropertiesTest {

    private static final String DISPLAY = "content/articles/x.md";

    private static Path dir;
    private static ArticleParser parser;

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("byline-article-properties");
        Files.createDirectories(dir.resolve("static"));
        parser = new ArticleParser(ZoneId.of("UTC"), new MarkdownRenderer("/", false,
                new ImageSizes(ScannedStaticFiles.in(dir), "/")), Optional.empty());
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void anyFrontMatterAndBodyGiveAnArticleOrAnError(@ForAll("frontMatters") String frontMatter,
                                                      @ForAll("bodies") String body,
                                                      @ForAll boolean crlf) throws IOException {
        String text = "---\n" + frontMatter + "---\n" + body;
        check(crlf ? text.replace("\n", "\r\n") : text);
        Statistics.label("outcome").coverage(coverage -> coverage.check("article").percentage(p -> p >= 3));
    }

    @Property(tries = 100)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void anyTextAtAllGivesAnArticleOrAnError(@ForAll String text) throws IOException {
        check(text);
    }

    @Property(tries = 5)
    void deeplyNestedFrontMatterGivesAnError(@ForAll("deepDepths") int depth, @ForAll boolean mapping)
            throws IOException {
        String open = mapping ? "{a: " : "[";
        String close = mapping ? "}" : "]";
        String frontMatter = "title: Deep\ndate: 2025-08-15\nauthor: Jane Doe\ntags: " + open.repeat(depth)
                + (mapping ? "x" : "") + close.repeat(depth) + "\n";
        Result result = parse("---\n" + frontMatter + "---\nBody.\n");

        assertThat(result.article()).isEmpty();
        assertThat(result.diagnostics()).anyMatch(Diagnostic::isError);
    }

    private void check(String text) throws IOException {
        Result result = parse(text);

        Statistics.label("outcome").collect(result.article().isPresent() ? "article" : "errors");
        List<Diagnostic> diagnostics = result.diagnostics();
        if (result.article().isPresent()) {
            assertThat(diagnostics).as("an article comes with no errors").noneMatch(Diagnostic::isError);
        } else {
            assertThat(diagnostics).as("no article and no error").anyMatch(Diagnostic::isError);
        }
        long lines = result.decoded().chars().filter(c -> c == '\n').count() + 1;
        for (Diagnostic diagnostic : diagnostics) {
            assertThat(diagnostic.file()).as(diagnostic.format()).isEqualTo(DISPLAY);
            assertThat(diagnostic.line()).as(diagnostic.format()).isBetween(0, (int) lines + 1);
            assertThat(diagnostic.column()).as(diagnostic.format()).isGreaterThanOrEqualTo(0);
            if (diagnostic.line() == 0) {
                assertThat(diagnostic.column()).as(diagnostic.format()).isZero();
            }
            assertThat(diagnostic.message()).as(diagnostic.format()).isNotBlank();
        }
    }

    private record Result(Optional<ArticleDocument> article, List<Diagnostic> diagnostics, String decoded) {
    }

    private static Result parse(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8); // lone surrogates become '?'
        Path file = dir.resolve("x.md");
        Files.write(file, bytes);
        Diagnostics diagnostics = new Diagnostics();
        Optional<ArticleDocument> article = parser.parse(new SourceFile(SourceKind.ARTICLE, file, DISPLAY, "x.md"),
                diagnostics).document();
        String decoded = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        return new Result(article, diagnostics.sorted(), decoded);
    }

    @Provide
    Arbitrary<Integer> deepDepths() {
        return Arbitraries.integers().between(2_000, 20_000);
    }

    /** Front matter lines, each ending in \n: often a valid core, always something odd around it. */
    @Provide
    Arbitrary<String> frontMatters() {
        Arbitrary<String> core = Arbitraries.of("", "title: A title\ndate: 2025-08-15\nauthor: Jane Doe\n",
                "title: \"Quoted: yes\"\ndate: 2025-08-15T23:59:59+14:00\nauthors: [jane-doe, john-roe]\n",
                "title: 1984\ndate: '2025-08-15'\nauthor:\n  name: Jane Doe\n  bio: \"<b>bio</b>\"\n");
        Arbitrary<String> extras = Arbitraries.oneOf(line(), aliasChain(), deepFlow()).list().ofMaxSize(6)
                .map(lines -> String.join("", lines));
        return Combinators.combine(core, extras, Arbitraries.of(true, false))
                .as((c, e, coreFirst) -> coreFirst ? c + e : e + c);
    }

    private static Arbitrary<String> line() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of(ArticleParser.KEYS),
                Arbitraries.of("titel", "<<", "? complex", "- item", "\"quoted key\"", "ключ", "名前", "a b", "",
                        "!!str key", "&anchor key", "*alias", "[a]", "{a: 1}", "#comment"),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> separator = Arbitraries.of(": ", ":", ":\t", ":  ", " : ", "\t: ", " ");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("\"'\\:#[]{}&*!|>-,?%@` \t\u00e9\u200b\u202e\uFEFF").ofMaxLength(20),
                Arbitraries.of("\"unclosed", "'unclosed", "\"a\" trailing", "'it''s'", "\"\\x\"", "|", ">-",
                        "[a, [b, [c]]]", "{name: x, bio: [y]}", "[]", "{}", "~", "null", "true", "yes", "no", "5",
                        "-1", "1e400", "0x1F", ".nan", "2025-08-15", "2025-02-30", "August 15, 2025",
                        "2025-08-15T24:00", "!!binary aGVsbG8=", "!!int x", "!!bool yes", "!custom x", "&a x",
                        "*a", "*missing", "&b [*b]", "- a", "a: b: c", "<script>alert(1)</script>", "../../etc",
                        "javascript:alert(1)", "\t\ttabbed", "[[[[", "]]]]", "{{{", "`", "@", "%TAG"));
        Arbitrary<String> indent = Arbitraries.of("", "", "", "  ", "    ", "\t", " ", "  - ");
        return Combinators.combine(indent, key, separator, value)
                .as((i, k, s, v) -> (i + k + s + v).replace("\n", " ").replace("\r", " ") + "\n");
    }

    /** {@code a0: &a0 [x, x]}, {@code a1: &a1 [*a0, *a0]}, ...: a "billion laughs" when long and wide enough. */
    private static Arbitrary<String> aliasChain() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 10),
                        Arbitraries.of("a", "tags", "title", "author"))
                .as((depth, width, prefix) -> {
                    StringBuilder yaml = new StringBuilder(prefix).append("0: &").append(prefix).append("0 [")
                            .append(String.join(", ", java.util.Collections.nCopies(width, "lol"))).append("]\n");
                    for (int level = 1; level < depth; level++) {
                        yaml.append(prefix).append(level).append(": &").append(prefix).append(level).append(" [")
                                .append(String.join(", ", java.util.Collections.nCopies(width,
                                        "*" + prefix + (level - 1))))
                                .append("]\n");
                    }
                    return yaml.toString();
                });
    }

    /** {@code key: [[[[...]]]]}, balanced or not, a few hundred levels at most (thousands: deeplyNestedFrontMatterGivesAnError). */
    private static Arbitrary<String> deepFlow() {
        return Combinators.combine(Arbitraries.of("tags", "title", "a", "author"), Arbitraries.integers().between(1, 300),
                        Arbitraries.of("[", "{a: ", "[{a: "), Arbitraries.of(true, false))
                .as((key, depth, open, balanced) -> {
                    String close = open.equals("[") ? "]" : open.equals("{a: ") ? "}" : "}]";
                    String inner = open.equals("[") ? "x" : "1";
                    return key + ": " + open.repeat(depth) + inner + (balanced ? close.repeat(depth) : "") + "\n";
                });
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> snippet = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("# Heading", "## Heading", "> quote", "- item", "1. item", "```", "```java", "    code",
                        "| a | b |", "|---|---|", "[link](https://example.org)", "[js](javascript:alert(1))",
                        "[data](data:text/html;base64,PHNjcmlwdD4=)", "![img](/images/none.png)", "<script>x</script>",
                        "<div onclick=\"x\">", "[^1]", "[^1]: note", "---", "...", "***", "\t", "", "&amp; &#0; &#xD800;",
                        "~~gone~~", "https://example.org/auto", "[ref][r]", "[r]: /somewhere \"title\""),
                Arbitraries.integers().between(1, 200).map(n -> ">".repeat(n) + " deep"),
                Arbitraries.integers().between(1, 100).map(n -> "  ".repeat(n) + "- nested"),
                Arbitraries.integers().between(1, 200).map(n -> "[".repeat(n) + "x" + "](y)".repeat(n)));
        return snippet.list().ofMaxSize(10).map(lines -> String.join("\n", lines));
    }
}
