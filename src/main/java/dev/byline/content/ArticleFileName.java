package dev.byline.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's path says of it: the name its slug comes from (the file name without {@code .md} or
 * {@code .markdown}, or the folder's name for {@code articles/my-piece/index.md}, the layout some writers keep with
 * a piece's images beside it), and the date in front of it when it is named as Jekyll names posts
 * ({@code 2014-03-19-hello-world.md}).
 *
 * @param name   the name without its extension, date included
 * @param date   the date written in front of the name ({@code 2014-03-19}), or empty
 * @param undated the name without that date ({@code hello-world}); the name itself when it has none
 */
record ArticleFileName(String name, String date, String undated) {

    private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(md|markdown)$");

    static ArticleFileName of(String relative) {
        String[] parts = relative.split("/");
        String file = EXTENSION.matcher(parts[parts.length - 1]).replaceFirst("");
        String name = file.equalsIgnoreCase("index") && parts.length > 1 ? parts[parts.length - 2] : file;
        Matcher dated = DATED.matcher(name);
        return dated.matches() ? new ArticleFileName(name, dated.group(1), dated.group(2))
                : new ArticleFileName(name, "", name);
    }
}
