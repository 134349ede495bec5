package dev.byline.plan;

import dev.byline.model.ArticleDate;

/**
 * An HTML page: a template rendering the model its recipe describes.
 *
 * @param url          the page's root-relative link ({@code /articles/x/})
 * @param template     the jte template's name ({@code article.jte})
 * @param theme        the fingerprint of the theme that renders it: a changed theme renders every page again
 * @param lastModified when the page's content last changed, for the sitemap; {@code null} when unknown
 * @param inSitemap    whether search engines should be told about the page (not the 404 page)
 */
public record PageTask(String file, String url, String template, String theme, PageRecipe page,
                       ArticleDate lastModified, boolean inSitemap) implements Task {

    @Override
    public long recipeHash() {
        Hash64 hash = new Hash64().add(template).add(theme);
        page.hashInto(hash);
        return hash.value();
    }
}
