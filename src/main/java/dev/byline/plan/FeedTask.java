package dev.byline.plan;

import java.util.List;

/**
 * A feed of the newest articles: the site's, an author's or a tag's, as Atom, as JSON Feed or as RSS; or the Atom feed of
 * the site's corrections.
 *
 * @param pageUrl  root-relative link to the HTML page the feed follows
 * @param feedUrl  root-relative link to the feed itself
 * @param articles the articles' sources, newest first, at most the site's feed size; for the corrections' feed,
 *                 every published article with a correction (the feed takes the newest corrections among them)
 */
public record FeedTask(String file, Format format, String title, String pageUrl, String feedUrl,
                       List<String> articles) implements Task {

    /** Atom, JSON Feed or RSS 2.0 of the articles; {@code ATOM_CORRECTIONS}: Atom, an entry per correction. */
    public enum Format { ATOM, JSON, RSS, ATOM_CORRECTIONS }

    public FeedTask {
        articles = List.copyOf(articles);
    }

    @Override
    public long recipeHash() {
        return new Hash64().add(format.name()).add(title).add(pageUrl).add(feedUrl).addAll(articles).value();
    }
}
