package dev.byline.model;

import java.util.List;

/**
 * Everything the build publishes, sorted: articles newest first, authors and tags by name.
 */
public record Site(SiteConfig config, List<Article> articles, List<Author> authors, List<Tag> tags) {

    public Site {
        articles = List.copyOf(articles);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
