package dev.byline.plan;

import java.util.Arrays;
import java.util.List;

/** An article file's text, edited as a writer edits it: its front matter one key at a time, or its body. */
final class ArticleText {

    private static final String FENCE = "---\n";

    private final YamlLines frontMatter;
    private String body;

    ArticleText(String text) {
        int end = text.indexOf("\n" + FENCE, FENCE.length() - 1);
        if (!text.startsWith(FENCE) || end < 0) {
            throw new IllegalArgumentException("no front matter this test can edit in:\n" + text);
        }
        this.frontMatter = new YamlLines(text.substring(FENCE.length(), end + 1));
        this.body = text.substring(end + 1 + FENCE.length());
    }

    String text() {
        return FENCE + frontMatter.text() + FENCE + body;
    }

    YamlLines frontMatter() {
        return frontMatter;
    }

    /** The writers the byline names as written, when it names them on one line ({@code author:} or a list). */
    List<String> writers() {
        return frontMatter.value("author").filter(writer -> !writer.isEmpty()).map(List::of)
                .orElseGet(() -> frontMatter.list("authors"));
    }

    /** A new byline: {@code author:} for one writer, {@code authors:} for several. */
    ArticleText writers(List<String> writers) {
        frontMatter.remove(writers.size() == 1 ? "authors" : "author");
        frontMatter.set(writers.size() == 1 ? "author" : "authors",
                writers.size() == 1 ? writers.get(0) : GeneratedSite.flowList(writers));
        return this;
    }

    /** The body's paragraphs (blocks between blank lines). */
    List<String> paragraphs() {
        return Arrays.stream(body.split("\n\\s*\n")).map(String::strip).filter(block -> !block.isEmpty()).toList();
    }

    ArticleText paragraphs(List<String> blocks) {
        body = blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
        return this;
    }
}
