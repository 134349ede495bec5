package dev.byline.render;

/**
 * One page to render.
 *
 * @param file     the output file, relative to the site root ({@code articles/x/index.html})
 * @param template the jte template's name ({@code article.jte})
 * @param model    the record the template receives
 */
public record RenderTask(String file, String template, Object model) {
}
