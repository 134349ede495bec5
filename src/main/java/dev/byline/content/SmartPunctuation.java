package dev.byline.content;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Typographer's punctuation in prose: straight quotes become curly ({@code "a"} -> “a”, {@code it's} -> it’s),
 * {@code ---} an em dash, {@code --} an en dash, {@code ...} an ellipsis. Only text is touched: code spans, code
 * blocks, raw HTML and URLs keep their characters. Whether a quote opens or closes depends on the character before
 * it, which may sit in a neighbouring node ({@code "*really*"}), so the last character seen is carried along
 * within each block.
 */
final class SmartPunctuation implements PostProcessor {

    @Override
    public Node process(Node document) {
        document.accept(new Visitor());
        return document;
    }

    private static final class Visitor extends AbstractVisitor {
        private Node block;
        private char previous = ' ';
        private final ReusedChars reused = new ReusedChars();

        @Override
        public void visit(Text text) {
            enterBlockOf(text);
            if (text.getParent() instanceof Link link && link.getDestination().endsWith(text.getLiteral())) {
                remember(text.getLiteral()); // an autolink's text is its URL
                return;
            }
            String curled = transform(text.getLiteral());
            text.setLiteral(curled);
            remember(curled);
        }

        @Override
        public void visit(Code code) {
            enterBlockOf(code);
            remember(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            previous = ' ';
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            previous = ' ';
        }

        private void enterBlockOf(Node node) {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof Block) && !(parent instanceof TableCell)) {
                parent = parent.getParent();
            }
            if (parent != block) {
                block = parent;
                previous = ' ';
            }
        }

        private void remember(String literal) {
            if (!literal.isEmpty()) {
                previous = literal.charAt(literal.length() - 1);
            }
        }

        /**
         * One pass: dashes and ellipses first at each place, as the writer typed them, then quotes. Text with
         * nothing to curl (most of it, in writing that has its punctuation already) is given back as it is.
         */
        private String transform(String literal) {
            int start = firstToCurl(literal);
            if (start < 0) {
                return literal;
            }
            StringBuilder out = new StringBuilder(literal.length()).append(literal, 0, start);
            char before = start == 0 ? previous : literal.charAt(start - 1);
            for (int i = start; i < literal.length(); ) {
                char c = literal.charAt(i);
                char written;
                if (c == '.' && literal.startsWith("...", i)) {
                    written = '…';
                    i += 3;
                } else if (c == '-' && literal.startsWith("---", i)) {
                    written = '—';
                    i += 3;
                } else if (c == '-' && literal.startsWith("--", i)) {
                    written = '–';
                    i += 2;
                } else {
                    written = c == '"' ? (opens(before) ? '“' : '”') : c == '\'' ? (opens(before) ? '‘' : '’') : c;
                    i++;
                }
                out.append(written);
                before = written; // what was written: “ then ' opens a nested quote
            }
            return out.toString();
        }

        /** Where the first quote, ellipsis or dash to curl is, or -1. */
        private int firstToCurl(String literal) {
            char[] chars = reused.of(literal);
            for (int i = 0; i < literal.length(); i++) {
                char c = chars[i];
                if (c == '"' || c == '\'' || c == '.' && literal.startsWith("...", i)
                        || c == '-' && literal.startsWith("--", i)) {
                    return i;
                }
            }
            return -1;
        }

        /** A quote opens after a space, an opening bracket or quote, or a dash; otherwise it closes. */
        private static boolean opens(char before) {
            return Character.isWhitespace(before) || "([{‘“—–-/".indexOf(before) >= 0;
        }
    }
}
