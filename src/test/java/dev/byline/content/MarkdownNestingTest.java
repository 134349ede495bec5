package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownNestingTest {

    @Test
    void listsIndentedTwoMoreSpacesEachLevelAreFoundAtTheFirstLineTooDeep() {
        StringBuilder markdown = new StringBuilder("Intro.\n\n");
        for (int level = 0; level < 2000; level++) {
            markdown.append("  ".repeat(level)).append("- item\n");
        }

        assertThat(MarkdownNesting.tooDeepAt(markdown.toString())).hasValue(2 + MarkdownNesting.MAX_DEPTH + 1);
    }

    @Test
    void quotesInsideQuotesPastTheLimitAreFound() {
        String markdown = "Text.\n" + "> ".repeat(MarkdownNesting.MAX_DEPTH + 1) + "deep\n";

        assertThat(MarkdownNesting.tooDeepAt(markdown)).hasValue(2);
    }

    @Test
    void ordinaryNestingLongFlatListsAndCodeAreFine() {
        StringBuilder markdown = new StringBuilder("- a\n  - b\n    - c\n      1. d\n> quote\n> > reply\n\n");
        for (int i = 0; i < 5000; i++) {
            markdown.append("- flat item ").append(i).append('\n');
        }
        markdown.append("\n```\n");
        for (int level = 0; level < 500; level++) {
            markdown.append("  ".repeat(level)).append("- code, not a list\n");
        }
        markdown.append("```\n");

        assertThat(MarkdownNesting.tooDeepAt(markdown.toString())).isEmpty();
    }

    @Test
    void aParagraphAtTheMarginEndsTheListsBeforeIt() {
        StringBuilder markdown = new StringBuilder();
        for (int run = 0; run < 5; run++) {
            for (int level = 0; level < MarkdownNesting.MAX_DEPTH - 10; level++) {
                markdown.append("  ".repeat(level)).append("- item\n");
            }
            markdown.append("\nA paragraph.\n\n");
        }

        assertThat(MarkdownNesting.tooDeepAt(markdown.toString())).isEmpty();
    }
}
