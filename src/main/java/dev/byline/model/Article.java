package dev.byline.model;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * One op-ed, ready for templates.
 *
 * @param source      the Markdown file it came from, as the user knows it (for messages)
 * @param slug        the last part of the article's path
 * @param url         root-relative link to the article's page
 * @param title       the headline
 * @param description the standfirst; empty when the writer gave none
 * @param summary     text for lists: the description, or the start of the first paragraph
 * @param date        when it was published
 * @param updated     when it was last updated, or {@code null}
 * @param authors     one or more writers, in byline order
 * @param tags        topics, in the order the writer gave them
 * @param body        the rendered Markdown
 * @param words       number of words in the body
 * @param image       lead image, or {@code null}
 * @param state       whether a plain build publishes it, or holds it back as a draft or until its date
 * @param corrections corrections and editor's notes, oldest first
 * @param toc         the table of contents; empty unless the writer asked for one ({@code toc: true})
 * @param type        the kind of piece: op-ed, editorial, column, letter...
 * @param column      the column it belongs to, or {@code null}
 * @param kicker      the line above its headline (the type's label or the column's name)
 * @param inResponseTo the source of the published article it answers ({@code inResponseTo:}); empty for none
 * @param canonical   where the piece was first published ({@code canonical:}), an absolute URL; empty for here
 * @param aliases     its old addresses ({@code aliases:}), site paths without the leading slash, each a redirect
 *                    page to it
 */
public record Article(
        String source,
        String slug,
        String url,
        String title,
        String description,
        String summary,
        ArticleDate date,
        ArticleDate updated,
        List<Author> authors,
        List<Tag> tags,
        Html body,
        int words,
        Image image,
        ArticleState state,
        List<Correction> corrections,
        List<TocEntry> toc,
        WorkType type,
        Column column,
        Kicker kicker,
        String inResponseTo,
        String canonical,
        List<String> aliases) {

    /** Adult reading speed for opinion prose, in words per minute (the figure Medium uses). */
    static final int WORDS_PER_MINUTE = 265;

    public Article {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        corrections = List.copyOf(corrections);
        toc = List.copyOf(toc);
        aliases = List.copyOf(aliases);
    }

    // Each accessor tells the ReadLog which part of the article was read; equals, hashCode and toString read the
    // fields directly and record nothing. source() is the article's identity, recorded with every read.

    @Override
    public String slug() {
        return read(ArticleField.URL, slug);
    }

    @Override
    public String url() {
        return read(ArticleField.URL, url);
    }

    @Override
    public String title() {
        return read(ArticleField.TITLE, title);
    }

    @Override
    public String description() {
        return read(ArticleField.DESCRIPTION, description);
    }

    @Override
    public String summary() {
        return read(ArticleField.SUMMARY, summary);
    }

    @Override
    public ArticleDate date() {
        return read(ArticleField.DATE, date);
    }

    @Override
    public ArticleDate updated() {
        return read(ArticleField.UPDATED, updated);
    }

    @Override
    public List<Author> authors() {
        return read(ArticleField.AUTHORS, authors);
    }

    @Override
    public List<Tag> tags() {
        return read(ArticleField.TAGS, tags);
    }

    @Override
    public Html body() {
        return read(ArticleField.BODY, body);
    }

    @Override
    public int words() {
        return read(ArticleField.WORDS, words);
    }

    @Override
    public Image image() {
        return read(ArticleField.IMAGE, image);
    }

    @Override
    public ArticleState state() {
        return read(ArticleField.STATE, state);
    }

    @Override
    public List<Correction> corrections() {
        return read(ArticleField.CORRECTIONS, corrections);
    }

    @Override
    public List<TocEntry> toc() {
        return read(ArticleField.TOC, toc);
    }

    @Override
    public WorkType type() {
        return read(ArticleField.TYPE, type);
    }

    @Override
    public Column column() {
        return read(ArticleField.TYPE, column);
    }

    @Override
    public Kicker kicker() {
        return read(ArticleField.TYPE, kicker);
    }

    @Override
    public String inResponseTo() {
        return read(ArticleField.IN_RESPONSE_TO, inResponseTo);
    }

    @Override
    public String canonical() {
        return read(ArticleField.CANONICAL, canonical);
    }

    @Override
    public List<String> aliases() {
        return read(ArticleField.ALIASES, aliases);
    }

    /** Tells the ReadLog that this field of the article was read, and gives its value. */
    private <T> T read(ArticleField field, T value) {
        ReadLog.article(source, field);
        return value;
    }

    /** When the article last changed: the latest of its date, {@code updated} and its corrections. */
    public ArticleDate modified() {
        ArticleDate latest = updated() != null && updated().compareTo(date()) > 0 ? updated() : date();
        for (Correction correction : corrections()) {
            if (correction.date().compareTo(latest) > 0) {
                latest = correction.date();
            }
        }
        return latest;
    }

    public boolean hasCorrections() {
        return !corrections().isEmpty();
    }

    public boolean hasToc() {
        return !toc().isEmpty();
    }

    public boolean hasDescription() {
        return !description().isEmpty();
    }

    public boolean isUpdated() {
        return updated() != null;
    }

    public boolean hasImage() {
        return image() != null;
    }

    public boolean isLetter() {
        return type() == WorkType.LETTER;
    }

    /** Whether the piece was first published elsewhere ({@code canonical:}). */
    public boolean hasCanonical() {
        return !canonical().isEmpty();
    }

    /** The host of the page where the piece was first published, without {@code www.}: {@code example.com}. */
    public String firstPublishedAt() {
        String host = URI.create(canonical()).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** Whether the article is a draft (shown only by the preview and {@code build --drafts}). */
    public boolean draft() {
        return state() == ArticleState.DRAFT;
    }

    /** Whether a plain build publishes the article: false for drafts and scheduled articles. */
    public boolean isPublished() {
        return state() == ArticleState.PUBLISHED;
    }

    /** {@code Draft} or {@code Scheduled for March 3, 2026}; empty for a published article. */
    public String stateLabel() {
        return state().label(date());
    }

    /**
     * Minutes to read the body: none for an article without words, else at least one. Recorded as a read of its
     * own: most edits to the text leave it as it was.
     */
    public int readingMinutes() {
        ReadLog.article(source, ArticleField.READING_MINUTES);
        return words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }

    /** Whether there is a reading time to show: not for an article without words ("0 min read" would be odd). */
    public boolean hasReadingTime() {
        return readingMinutes() > 0;
    }

    /** {@code 2 min read}; empty for an article without words. */
    public String readingTime() {
        return hasReadingTime() ? readingMinutes() + " min read" : "";
    }

    /** Author names joined for a byline: {@code A}, {@code A and B}, {@code A, B and C}. */
    public String authorNames() {
        return names(authors());
    }

    /** Authors' names joined as a byline joins them. */
    public static String names(List<Author> authors) {
        List<String> names = authors.stream().map(Author::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
