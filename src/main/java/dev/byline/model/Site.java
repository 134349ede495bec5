package dev.byline.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything the build publishes, sorted: articles newest first, authors and tags by name.
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
     * The footer's copyright line: site.yaml's {@code copyright}, or "© 2025 The Byline Review" with the year of the
     * newest article. Not the build's year, so that rebuilding unchanged content next January gives the same pages.
     */
    public String copyright() {
        if (!config.copyright().isEmpty()) {
            return config.copyright();
        }
        return articles.isEmpty() ? "© " + config.publisher()
                : "© " + articles.get(0).date().value().getYear() + " " + config.publisher();
    }

    /** Whether an article is dated after the build: shown only with {@code --future} (and in preview). */
    public boolean isScheduled(Article article) {
        return article.date().value().toInstant().isAfter(builtAt);
    }
}
