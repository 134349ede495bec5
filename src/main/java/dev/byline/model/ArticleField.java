package dev.byline.model;

/**
 * The parts of an {@link Article} a page or feed can show, each recorded on its own when read (see {@link ReadLog}),
 * so that a changed headline re-renders the pages showing headlines and a changed text only those showing the
 * text. Derived values a template calls for (the reading time) are fields of their own: an edit that leaves them as
 * they were changes no page that shows only them.
 */
public enum ArticleField {
    /** {@code slug()} and {@code url()}. */
    URL,
    TITLE,
    DESCRIPTION,
    SUMMARY,
    DATE,
    UPDATED,
    /** Which authors, in byline order (what an author's name or bio says is the author's own read). */
    AUTHORS,
    /** Which tags, in order (a tag's name is the tag's own read). */
    TAGS,
    BODY,
    WORDS,
    READING_MINUTES,
    TOC,
    IMAGE,
    STATE,
    CORRECTIONS,
    /** The type of work, the column and the kicker they make ({@code type()}, {@code column()}, {@code kicker()}). */
    TYPE,
    /** Which article it answers. */
    IN_RESPONSE_TO,
    CANONICAL,
    /** Its old addresses, each a redirect page. */
    ALIASES
}
