package dev.byline.plan;

import java.util.List;

/**
 * Which of the site's articles, authors and tags a page is about and lists, by key (article source, author or tag
 * slug), and where it sits in its list: what the planner decides of a page, cheaply, before anything is rendered.
 * Its model is built from it when the page renders ({@link dev.byline.render.PageModels}), so that what the model
 * reads of those articles is recorded too. Two plans' recipes for a page are compared by hash: a page whose
 * recipe, theme and reads are unchanged renders the same bytes.
 */
public sealed interface PageRecipe {

    /** Adds every part of the recipe to a hash (its kind first). */
    void hashInto(Hash64 hash);

    /** The site's lists of articles: the index (all of them), an author's, a tag's, a type of work's, a column's. */
    enum Listing { INDEX, AUTHOR, TAG, TYPE, COLUMN }

    /**
     * A page of one of the site's article lists.
     *
     * @param key the author's, tag's or column's slug, or the type's id; empty for the index
     */
    record ListPage(Listing listing, String key, List<String> articles, int number, int total)
            implements PageRecipe {
        public ListPage {
            articles = List.copyOf(articles);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add(listing.name()).add(key).addAll(articles).add(number).add(total);
        }
    }

    /**
     * An article's page, with the articles it links to as previous, next (either may be null) and related, the
     * one it answers (null for none) and those answering it, oldest first.
     */
    record ArticleView(String article, String previous, String next, List<String> related, String inResponseTo,
                       List<String> responses) implements PageRecipe {
        public ArticleView {
            related = List.copyOf(related);
            responses = List.copyOf(responses);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("article").add(article).add(previous).add(next).addAll(related).add(inResponseTo)
                    .add("responses").addAll(responses);
        }
    }

    /**
     * The list of every author ({@link Listing#AUTHOR}) or every tag ({@link Listing#TAG}), with how many articles
     * each has.
     */
    record Directory(Listing listing, List<String> keys, List<Integer> articleCounts) implements PageRecipe {
        public Directory {
            keys = List.copyOf(keys);
            articleCounts = List.copyOf(articleCounts);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("all " + listing.name()).addAll(keys).add(articleCounts.toString());
        }
    }

    /** One of the site's pages ({@code content/pages/}), by slug. */
    record Standalone(String page) implements PageRecipe {
        @Override
        public void hashInto(Hash64 hash) {
            hash.add("page").add(page);
        }
    }

    /**
     * The archive's first page: how many pieces each month published, by month ({@code 2025-08}), newest first.
     * It shows no piece, so it reads none: only a piece published, moved or taken down changes it.
     */
    record Archive(List<String> months, List<Integer> counts) implements PageRecipe {
        public Archive {
            months = List.copyOf(months);
            counts = List.copyOf(counts);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("archive").addAll(months).add(counts.toString());
        }
    }

    /** The archive's page of one year: its published pieces, newest first, and every year with pieces, newest first. */
    record Year(int year, List<String> articles, List<Integer> years) implements PageRecipe {
        public Year {
            articles = List.copyOf(articles);
            years = List.copyOf(years);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("year").add(year).addAll(articles).add(years.toString());
        }
    }

    /** The page of every correction: the published pieces that have one, newest first. */
    record Corrections(List<String> articles) implements PageRecipe {
        public Corrections {
            articles = List.copyOf(articles);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("corrections").addAll(articles);
        }
    }

    /** A page at one of an article's old addresses, sending readers on to it. */
    record Redirect(String article) implements PageRecipe {
        @Override
        public void hashInto(Hash64 hash) {
            hash.add("redirect").add(article);
        }
    }

    /** The page for links that lead nowhere. */
    record NotFound() implements PageRecipe {
        @Override
        public void hashInto(Hash64 hash) {
            hash.add("not found");
        }
    }
}
