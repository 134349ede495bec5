package dev.byline.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Moves an article's headings so the highest of them is a level 2: the page's headline is its only level 1. Writers
 * start their sections at {@code #} or at {@code ###} as often as at {@code ##} (many imported posts do), which would
 * give a page two level-1 headings, or one that jumps from the headline to level 3; screen readers navigate by these
 * levels, and the HTML checker reports the jump. Headings keep their order and their distances from each other.
 */
final class HeadingLevels implements PostProcessor {

    private static final int TOP = 2;
    private static final int DEEPEST = 6;

    @Override
    public Node process(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }
        });
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(TOP);
        int shift = TOP - highest;
        if (shift != 0) {
            headings.forEach(heading -> heading.setLevel(Math.min(DEEPEST, heading.getLevel() + shift)));
        }
        return document;
    }
}
