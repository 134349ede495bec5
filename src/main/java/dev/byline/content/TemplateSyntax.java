package dev.byline.content;

import java.util.regex.Pattern;

/**
 * Jekyll's and Hugo's template syntax ({@code {{ site.baseurl }}}, {@code {% link x.md %}}), which posts copied
 * from those generators carry in paths and links. Byline does not run it, so it would reach the page as written.
 */
public final class TemplateSyntax {

    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");

    private TemplateSyntax() {
    }

    public static boolean appearsIn(String text) {
        return EXPRESSION.matcher(text).find();
    }

    /** The path with the template syntax taken out and one leading slash: what the writer most likely meant. */
    public static String pathWithout(String text) {
        return "/" + EXPRESSION.matcher(text).replaceAll("").strip().replaceFirst("^/+", "");
    }
}
