package dev.byline.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything the build publishes, sorted: articles newest first (with drafts and scheduled ones among them, in date
 * order, when the build shows them), authors and tags by name.
 *
 * @param builtAt the moment of the build, against which an article's date makes it scheduled
 */
public record Site(SiteConfig config, List<Article> articles, List<Author> authors, List<Tag> tags,
                   Instant builtAt) {

    public Site {
        articles = List.copyOf(articles);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /**
     * The index's lead story: the newest article a plain build publishes, or {@code null} for none. A draft or a
     * scheduled piece shown by the preview is never the lead, so the preview leads with what the site would.
     */
    public Article lead() {
        return articles.stream().filter(Article::isPublished).findFirst().orElse(null);
    }

    /**
     * The footer's copyright line: site.yaml's {@code copyright}, or "© 2025 The Byline Review" with the year of the
     * lead story, the newest published article. Not the build's year, so that rebuilding unchanged content next
     * January gives the same pages; not a draft's or a scheduled piece's, so that the preview shows the real line.
     */
    public String copyright() {
        if (!config.copyright().isEmpty()) {
            return config.copyright();
        }
        Article lead = lead();
        return lead == null ? "© " + config.publisher()
                : "© " + lead.date().value().getYear() + " " + config.publisher();
    }

    /** Whether an article is dated after the build: shown only with {@code --future} (and in preview). */
    public boolean isScheduled(Article article) {
        return article.date().value().toInstant().isAfter(builtAt);
    }
}
