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

    /** A page of the index: its articles, the lead story first on the first page. */
    record Index(List<String> articles, int number, int total) implements PageRecipe {
        public Index {
            articles = List.copyOf(articles);
        }
    }

    /** An article's page, with the articles it links to as previous, next (either may be null) and related. */
    record ArticleView(String article, String previous, String next, List<String> related) implements PageRecipe {
        public ArticleView {
            related = List.copyOf(related);
        }
    }

    /** The list of all authors, with how many articles each wrote. */
    record Authors(List<String> authors, List<Integer> articleCounts) implements PageRecipe {
        public Authors {
            authors = List.copyOf(authors);
            articleCounts = List.copyOf(articleCounts);
        }
    }

    /** A page of one author's articles. */
    record AuthorList(String author, List<String> articles, int number, int total) implements PageRecipe {
        public AuthorList {
            articles = List.copyOf(articles);
        }
    }

    /** The list of all tags, with how many articles each has. */
    record Tags(List<String> tags, List<Integer> articleCounts) implements PageRecipe {
        public Tags {
            tags = List.copyOf(tags);
            articleCounts = List.copyOf(articleCounts);
        }
    }

    /** A page of one tag's articles. */
    record TagList(String tag, List<String> articles, int number, int total) implements PageRecipe {
        public TagList {
            articles = List.copyOf(articles);
        }
    }

    /** The page for links that lead nowhere. */
    record NotFound() implements PageRecipe {
    }
}
