package dev.byline.render;

import dev.byline.model.ArticleDate;

/**
 * One page to render.
 *
 * @param file         the output file, relative to the site root ({@code articles/x/index.html})
 * @param url          the page's root-relative link ({@code /articles/x/})
 * @param template     the jte template's name ({@code article.jte})
 * @param model        the record the template receives
 * @param lastModified when the page's content last changed, for the sitemap; {@code null} when unknown
 * @param inSitemap    whether search engines should be told about the page (not the 404 page)
 */
public record RenderTask(String file, String url, String template, Object model, ArticleDate lastModified,
                         boolean inSitemap) {
}
