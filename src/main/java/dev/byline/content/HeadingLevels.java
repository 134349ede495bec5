package dev.byline.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.PostProcessor;

/**
 * Moves an article's headings so the highest of them is a level 2 (the page's headline is its only level 1) and no
 * heading is more than one level below the one before it. Writers start their sections at {@code #} or at
 * {@code ###} as often as at {@code ##}, and jump from {@code ##} to {@code ####} (many imported posts do); screen
 * readers navigate by these levels, and the HTML checker reports every jump. A heading stays under the one it was
 * under in the Markdown (the nearest before it written at a higher level), one level below it.
 */
final class HeadingLevels implements PostProcessor {

    private static final int TOP = 2;

    @Override
    public Node process(Node document) {
        List<Heading> headings = new ArrayList<>();
        collect(document, headings);
        // the headings above the current one, by level as written and level as shown
        Deque<int[]> above = new ArrayDeque<>();
        for (Heading heading : headings) {
            int written = heading.getLevel();
            while (!above.isEmpty() && above.peek()[0] >= written) {
                above.pop();
            }
            int shown = above.isEmpty() ? TOP : above.peek()[1] + 1;
            heading.setLevel(shown);
            above.push(new int[] {written, shown});
        }
        return document;
    }

    /** The headings in document order; only container blocks are entered (a paragraph's text holds none). */
    private static void collect(Node node, List<Heading> headings) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                headings.add(heading);
            } else if (child instanceof Block && !(child instanceof Paragraph)) {
                collect(child, headings);
            }
        }
    }
}
