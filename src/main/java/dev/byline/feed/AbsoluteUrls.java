package dev.byline.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the links in an article's HTML absolute, for feeds: a feed reader shows the content away from the site, where
 * {@code /opinion/articles/x/} and {@code #fn-1} mean nothing. Byline's own HTML always quotes attributes with
 * double quotes, which is what this relies on.
 */
final class AbsoluteUrls {

    private static final Pattern LOCAL_LINK = Pattern.compile("\\b(href|src)=\"(/(?!/)|#)");

    private AbsoluteUrls() {
    }

    /**
     * @param origin  the site's scheme and host, {@code https://example.org}
     * @param pageUrl the article's absolute URL, for in-page fragments
     */
    static String inHtml(String html, String origin, String pageUrl) {
        Matcher matcher = LOCAL_LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (matcher.find()) {
            String start = matcher.group(2).equals("#") ? pageUrl + "#" : origin + "/";
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + "=\"" + start));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
