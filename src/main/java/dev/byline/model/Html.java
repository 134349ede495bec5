package dev.byline.model;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * HTML that Byline produced itself (rendered Markdown, already sanitised), so templates write it as is. This is the
 * one way trusted markup enters a template: {@code ${article.body()}} needs no {@code $unsafe}. Kept as UTF-8, the
 * pages' encoding: an article's body is the biggest thing a site holds in memory, once per article, and is written
 * into its page as bytes, without encoding it again; as Java's text it would take twice the room (a curly quote makes
 * the whole text two bytes a character).
 */
public final class Html implements Content {

    private final byte[] utf8;

    public Html(String value) {
        this(value.getBytes(StandardCharsets.UTF_8));
    }

    private Html(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** HTML already encoded as UTF-8; the array is kept as it is, and must not change. */
    public static Html ofUtf8(byte[] utf8) {
        return new Html(utf8);
    }

    /** The HTML as text (decoded each time: for the few that need text, such as feeds). */
    public String value() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The HTML as UTF-8, not to be changed. */
    public byte[] utf8() {
        return utf8;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(utf8);
    }

    @Override
    public boolean isEmptyContent() {
        return utf8.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Html html && Arrays.equals(utf8, html.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return value();
    }
}
