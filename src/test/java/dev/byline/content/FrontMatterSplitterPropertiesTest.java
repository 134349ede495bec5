package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a writer saves, the splitter answers with a split or an error, never an exception and never silence; a
 * split loses nothing: fence, front matter, fence and body put back together are the file.
 */
class FrontMatterSplitterPropertiesTest {

    private static final String FILE = "x.md";

    @Property(tries = 500)
    void anyTextGivesASplitOrAnErrorNeverBoth(@ForAll String text) {
        checkOutcome(text);
    }

    @Property(tries = 500)
    void generatedDocumentGivesASplitOrAnErrorNeverBoth(@ForAll("documents") String text) {
        checkOutcome(text);
    }

    @Property(tries = 500)
    void splitOfADocumentReassemblesToTheFile(@ForAll("documents") String raw) {
        String text = withNewlines(raw); // as TextDecoder hands it over
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(text, FILE, new Diagnostics());

        split.ifPresent(s -> checkReassembles(text, s));
    }

    @Property(tries = 300)
    void documentWithAClosingFenceAlwaysSplitsWhereTheModelSays(@ForAll("fencedDocuments") String raw) {
        String text = withNewlines(raw);
        Diagnostics diagnostics = new Diagnostics();

        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text, FILE, diagnostics).orElseThrow();

        assertThat(diagnostics.sorted()).isEmpty();
        checkReassembles(text, split);
        List<String> lines = List.of(text.split("\n", -1));
        int opening = 0;
        while (lines.get(opening).replace("\uFEFF", "").isBlank()) {
            opening++;
        }
        assertThat(split.openingLine()).as("blank lines before the fence skipped").isEqualTo(opening + 1);
        int closing = firstClosingFence(lines, opening);
        assertThat(split.bodyStartLine()).isEqualTo(closing + 2);
    }

    private static void checkOutcome(String text) {
        Diagnostics diagnostics = new Diagnostics();

        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(text, FILE, diagnostics);

        List<Diagnostic> reported = diagnostics.sorted();
        if (split.isPresent()) {
            assertThat(reported).as("a split reports nothing").isEmpty();
            assertThat(split.get().bodyStartLine()).isGreaterThanOrEqualTo(3);
        } else {
            assertThat(reported).as("no split and no error").anyMatch(Diagnostic::isError);
        }
        for (Diagnostic diagnostic : reported) {
            assertThat(diagnostic.file()).isEqualTo(FILE);
            assertThat(diagnostic.line()).isGreaterThanOrEqualTo(1);
            assertThat(diagnostic.message()).isNotBlank();
        }
    }

    /**
     * Blank lines + first line + yaml + closing line + body is the text, the closing line is a fence, and the body
     * starts after it.
     */
    private static void checkReassembles(String text, FrontMatterSplitter.Split split) {
        List<String> lines = List.of(text.split("\n", -1));
        int openingIndex = split.openingLine() - 1;
        int closingIndex = split.bodyStartLine() - 2; // 0-based index of the closing fence line
        assertThat(closingIndex).isBetween(openingIndex + 1, lines.size() - 1);
        String blank = String.join("\n", lines.subList(0, openingIndex)) + (openingIndex > 0 ? "\n" : "");
        assertThat(blank.replace("\uFEFF", "")).as("only blank lines before the opening fence").isBlank();
        String opening = lines.get(openingIndex);
        String closing = lines.get(closingIndex);
        assertThat(opening.replace("\uFEFF", "").stripTrailing()).isEqualTo("---");
        assertThat(closing.stripTrailing()).isIn("---", "...");
        assertThat(closingIndex).as("the first fence after the opening one closes")
                .isEqualTo(firstClosingFence(lines, openingIndex));

        String afterClosing = closingIndex + 1 < lines.size() ? "\n" : "";
        assertThat(blank + opening + "\n" + split.yaml() + closing + afterClosing + split.body()).isEqualTo(text);
        String head = blank + opening + "\n" + split.yaml() + closing + "\n";
        assertThat(head.chars().filter(c -> c == '\n').count() + 1).isEqualTo(split.bodyStartLine());
        assertThat(split.yaml().isEmpty() || split.yaml().endsWith("\n")).isTrue();
    }

    private static int firstClosingFence(List<String> lines, int openingIndex) {
        for (int i = openingIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return i;
            }
        }
        return -1;
    }

    private static String withNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    @Provide
    Arbitrary<String> documents() {
        return Combinators.combine(lines().list().ofMaxSize(12), separators().list().ofMinSize(12).ofMaxSize(12),
                        Arbitraries.of("", "\n", "\r\n", "\r"))
                .as((lines, separators, end) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < lines.size(); i++) {
                        text.append(lines.get(i));
                        if (i < lines.size() - 1) {
                            text.append(separators.get(i));
                        }
                    }
                    return text.append(lines.isEmpty() ? "" : end).toString();
                });
    }

    /** Documents that open with a fence and close with one somewhere, so the splitter must split them. */
    @Provide
    Arbitrary<String> fencedDocuments() {
        Arbitrary<String> fence = Arbitraries.of("---", "--- ", "---\t", "---  ");
        Arbitrary<String> closing = Arbitraries.of("---", "...", "--- ", "...\t");
        Arbitrary<List<String>> yamlLines = lines().filter(l -> !l.contains("\r") && !isFenceLike(l)).list().ofMaxSize(6);
        Arbitrary<List<String>> bodyLines = lines().list().ofMaxSize(6);
        Arbitrary<String> beforeFence = Arbitraries.of("", "\n", "\n\n", " \t\n", "\uFEFF", "\n\uFEFF");
        return Combinators.combine(beforeFence, fence, yamlLines, closing, bodyLines, separators())
                .as((blank, open, yaml, close, body, separator) -> {
                    StringBuilder text = new StringBuilder(blank).append(open).append(separator);
                    yaml.forEach(line -> text.append(line).append(separator));
                    text.append(close);
                    body.forEach(line -> text.append(separator).append(line));
                    return text.toString();
                });
    }

    private static boolean isFenceLike(String line) {
        String stripped = line.stripTrailing();
        return stripped.equals("---") || stripped.equals("...");
    }

    private static Arbitrary<String> separators() {
        return Arbitraries.of("\n", "\r\n", "\r", "\n\n");
    }

    private static Arbitrary<String> lines() {
        return Arbitraries.oneOf(
                Arbitraries.of("---", "...", "--- ", "---\t", " ---", "----", "-- -", "..", "....", ". . .", "",
                        " ", "\t", "title: A", "date: 2025-08-15", "# heading", "\uFEFF---", "---\u00A0", "\u2028"),
                Arbitraries.strings().withChars("-.: \t\r#abc\u00e9\u4e2d").ofMaxLength(8),
                Arbitraries.strings().ofMaxLength(20).map(s -> s.replace("\n", "").replace("\r", "")));
    }
}
