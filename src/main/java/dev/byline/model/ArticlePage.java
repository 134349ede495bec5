package dev.byline.model;

import java.util.List;

/**
 * What {@code article.jte} receives.
 *
 * @param previous the article published just before this one, or {@code null}
 * @param next     the article published just after this one, or {@code null}
 * @param related  up to three articles sharing its tags, most tags in common first, then newest
 * @param inResponseTo the article this one answers, or {@code null}
 * @param responses the pieces answering this one (letters, mostly), oldest first
 */
public record ArticlePage(Site site, Article article, Article previous, Article next, List<Article> related,
                          Article inResponseTo, List<Article> responses, PageMeta meta) implements PageModel {

    public ArticlePage {
        related = List.copyOf(related);
        responses = List.copyOf(responses);
    }

    /** "Letters in response" when every answer is a letter, else "Responses". */
    public String responsesTitle() {
        return responses.stream().allMatch(Article::isLetter) ? "Letters in response" : "Responses";
    }
}
