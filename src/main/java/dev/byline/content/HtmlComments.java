package dev.byline.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Takes out HTML comments ({@code <!-- note to the editor -->}) from articles on a site that shows raw HTML as
 * text: in HTML they are invisible, and writers use them as notes that readers were never meant to see; escaped,
 * they would be printed on the page. A comment is nothing but a note, so it goes without a warning.
 */
final class HtmlComments implements PostProcessor {

    private static final Pattern ONE_COMMENT = Pattern.compile("\\s*<!--(?:(?!-->).)*-->\\s*", Pattern.DOTALL);

    @Override
    public Node process(Node document) {
        List<Node> comments = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                collect(html, html.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                collect(html, html.getLiteral());
            }

            private void collect(Node node, String literal) {
                if (ONE_COMMENT.matcher(literal).matches()) {
                    comments.add(node);
                }
            }
        });
        comments.forEach(Node::unlink);
        return document;
    }
}
