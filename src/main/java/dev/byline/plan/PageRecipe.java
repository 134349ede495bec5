package dev.byline.plan;

import java.util.List;

/**
 * Which of the site's articles, authors and tags a page is about and lists, by key (article source, author or tag
 * slug), and where it sits in its list: what the planner decides of a page, cheaply, before anything is rendered.
 * Its model is built from it when the page renders ({@link dev.byline.render.PageModels}), so that what the model
 * reads of those articles is recorded too. Two plans' recipes for a page are compared as values: a page whose
 * recipe, theme and reads are unchanged renders the same bytes.
 */
public sealed interface PageRecipe {

    /** Adds every part of the recipe to a hash (its kind first). */
    void hashInto(Hash64 hash);

    /** A page of the index: its articles, the lead story first on the first page. */
    record Index(List<String> articles, int number, int total) implements PageRecipe {
        public Index {
            articles = List.copyOf(articles);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("index").addAll(articles).add(number).add(total);
        }
    }

    /** An article's page, with the articles it links to as previous, next (either may be null) and related. */
    record ArticleView(String article, String previous, String next, List<String> related) implements PageRecipe {
        public ArticleView {
            related = List.copyOf(related);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("article").add(article).add(previous).add(next).addAll(related);
        }
    }

    /** The list of all authors, with how many articles each wrote. */
    record Authors(List<String> authors, List<Integer> articleCounts) implements PageRecipe {
        public Authors {
            authors = List.copyOf(authors);
            articleCounts = List.copyOf(articleCounts);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("authors").addAll(authors).add(articleCounts.toString());
        }
    }

    /** A page of one author's articles. */
    record AuthorList(String author, List<String> articles, int number, int total) implements PageRecipe {
        public AuthorList {
            articles = List.copyOf(articles);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("author").add(author).addAll(articles).add(number).add(total);
        }
    }

    /** The list of all tags, with how many articles each has. */
    record Tags(List<String> tags, List<Integer> articleCounts) implements PageRecipe {
        public Tags {
            tags = List.copyOf(tags);
            articleCounts = List.copyOf(articleCounts);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("tags").addAll(tags).add(articleCounts.toString());
        }
    }

    /** A page of one tag's articles. */
    record TagList(String tag, List<String> articles, int number, int total) implements PageRecipe {
        public TagList {
            articles = List.copyOf(articles);
        }

        @Override
        public void hashInto(Hash64 hash) {
            hash.add("tag").add(tag).addAll(articles).add(number).add(total);
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
