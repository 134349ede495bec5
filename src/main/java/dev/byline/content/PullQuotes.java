package dev.byline.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Pull quotes: a blockquote whose first paragraph starts with {@value #MARKER} and a space (or a line break)
 * becomes {@code <blockquote class="pull">}, without the marker. Any other blockquote stays as it is.
 *
 * <pre>
 * &gt; {.pull} Students who study at midnight are not asking for a favour.
 * </pre>
 *
 * The quote becomes a node of its own ({@link PullQuote}) rather than a marked {@link BlockQuote}, because
 * commonmark's nodes carry no attributes from parsing to rendering; {@link Renderer} writes it.
 */
final class PullQuotes implements PostProcessor {

    static final String MARKER = "{.pull}";

    @Override
    public Node process(Node document) {
        List<BlockQuote> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                quotes.add(quote);
                visitChildren(quote);
            }
        });
        for (BlockQuote quote : quotes) {
            if (removeMarker(quote)) {
                replaceWithPullQuote(quote);
            }
        }
        return document;
    }

    /** Takes the marker off the quote's first words; false when the quote does not start with it. */
    private static boolean removeMarker(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph paragraph)
                || !(paragraph.getFirstChild() instanceof Text text)
                || !text.getLiteral().startsWith(MARKER)) {
            return false;
        }
        String rest = text.getLiteral().substring(MARKER.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return false; // "{.pullout}" is the writer's text
        }
        if (rest.isBlank()) {
            Node next = text.getNext();
            text.unlink();
            if (next instanceof SoftLineBreak || next instanceof HardLineBreak) {
                next.unlink(); // the marker stood alone on the first line
            }
        } else {
            text.setLiteral(rest.stripLeading());
        }
        if (paragraph.getFirstChild() == null) {
            paragraph.unlink(); // the marker was a paragraph of its own
        }
        return true;
    }

    private static void replaceWithPullQuote(BlockQuote quote) {
        PullQuote pullQuote = new PullQuote();
        pullQuote.setSourceSpans(quote.getSourceSpans());
        for (Node child = quote.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            pullQuote.appendChild(child);
            child = next;
        }
        quote.insertAfter(pullQuote);
        quote.unlink();
    }

    /** A blockquote marked as a pull quote. */
    static final class PullQuote extends CustomBlock {
    }

    /** Writes a {@link PullQuote} as {@code <blockquote class="pull">}, the way commonmark writes a blockquote. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(PullQuote.class);
        }

        @Override
        public void render(Node node) {
            html.line();
            html.tag("blockquote", context.extendAttributes(node, "blockquote", Map.of("class", "pull")));
            html.line();
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.line();
            html.tag("/blockquote");
            html.line();
        }
    }
}
