package dev.byline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A post's body with its template tags converted ({@link TemplateTags}). Tags inside code (a fenced or indented
 * block, a {@code `span`}) are what the post shows, as in {@code std::panicking::{{closure}}}, and stay as they are.
 *
 * @param body      the converted body
 * @param converted how many tags were converted
 * @param left      the tags left as written
 */
public record BodyConversion(String body, int converted, List<LeftTag> left) {

    /**
     * A tag that stays as written: a page shows it as text until the writer edits it.
     *
     * @param line    its line in the old body (0 for the first)
     * @param newLine its line in the converted body
     * @param text    the tag, on one line and cut short when long
     */
    public record LeftTag(int line, int newLine, String text) {
    }

    /** Hugo's {@code {{< >}}} and {@code {{% %}}}, Liquid's {@code {{ }}} and {@code {% %}}, over a few lines. */
    private static final Pattern TAG = Pattern.compile("\\{\\{<[\\s\\S]{0,600}?>}}|\\{\\{%[\\s\\S]{0,600}?%}}"
            + "|\\{\\{[\\s\\S]{0,300}?}}|\\{%[\\s\\S]{0,300}?%}");
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final int SHOWN_LENGTH = 80;

    public static BodyConversion of(String body, TemplateTags tags, LinkTargets links) {
        if (!body.contains("{{") && !body.contains("{%")) {
            return new BodyConversion(body, 0, List.of());
        }
        boolean[] code = codeCharacters(body);
        StringBuilder out = new StringBuilder(body.length());
        List<LeftTag> left = new ArrayList<>();
        int converted = 0;
        int done = 0;
        Matcher tag = TAG.matcher(body);
        while (done < body.length() && tag.find(done)) {
            if (code[tag.start()]) {
                out.append(body, done, tag.start() + 1);
                done = tag.start() + 1;
                continue;
            }
            out.append(body, done, tag.start());
            var replacement = tags.convert(body, tag.toMatchResult(), links);
            if (replacement.isPresent()) {
                out.append(replacement.get().text());
                done = replacement.get().end();
                converted++;
            } else {
                left.add(new LeftTag(lineAt(body, tag.start()), lineAt(out, out.length()), shown(tag.group())));
                out.append(tag.group());
                done = tag.end();
            }
        }
        out.append(body, Math.min(done, body.length()), body.length());
        return new BodyConversion(out.toString(), converted, List.copyOf(left));
    }

    private static String shown(String tag) {
        String oneLine = tag.replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN_LENGTH ? oneLine : oneLine.substring(0, SHOWN_LENGTH - 1) + "…";
    }

    private static int lineAt(CharSequence text, int index) {
        int line = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Which characters of the body CommonMark reads as code. */
    private static boolean[] codeCharacters(String body) {
        boolean[] code = new boolean[body.length() + 1];
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        MARKDOWN.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Code node) {
                mark(node);
            }

            @Override
            public void visit(FencedCodeBlock node) {
                mark(node);
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                mark(node);
            }

            private void mark(Node node) {
                for (SourceSpan span : node.getSourceSpans()) {
                    int start = lineStarts.get(span.getLineIndex()) + span.getColumnIndex();
                    for (int i = start; i < Math.min(start + span.getLength(), body.length()); i++) {
                        code[i] = true;
                    }
                }
            }
        });
        return code;
    }
}
