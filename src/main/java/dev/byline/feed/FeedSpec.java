package dev.byline.feed;

import dev.byline.model.Article;
import java.util.List;

/**
 * One feed: the site's, an author's or a tag's.
 *
 * @param file     the output file ({@code authors/x/feed.xml})
 * @param title    the feed's title
 * @param pageUrl  root-relative link to the HTML page the feed follows
 * @param feedUrl  root-relative link to the feed itself
 * @param articles the newest articles, at most the site's feed size
 */
public record FeedSpec(String file, String title, String pageUrl, String feedUrl, List<Article> articles) {
}
