package dev.byline.feed;

/**
 * Makes the links in an article's HTML absolute, for feeds: a feed reader shows the content away from the site, where
 * {@code /opinion/articles/x/} and {@code #fn-1} mean nothing. Byline's own HTML always quotes attributes with
 * double quotes, which is what this relies on.
 */
final class AbsoluteUrls {

    private AbsoluteUrls() {
    }

    /**
     * @param origin  the site's scheme and host, {@code https://example.org}
     * @param pageUrl the article's absolute URL, for in-page fragments
     */
    static String inHtml(String html, String origin, String pageUrl) {
        // a scan for =" rather than a regular expression: this runs over every feed entry's full text
        StringBuilder out = null;
        int copied = 0;
        for (int equals = html.indexOf("=\"", 0); equals >= 0; equals = html.indexOf("=\"", equals + 2)) {
            int value = equals + 2;
            if (!(isAttribute(html, equals, "href") || isAttribute(html, equals, "src")) || value >= html.length()) {
                continue;
            }
            String start;
            if (html.charAt(value) == '#') {
                start = pageUrl;
            } else if (html.charAt(value) == '/' && !html.startsWith("//", value)) {
                start = origin;
            } else {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 256);
            }
            out.append(html, copied, value).append(start);
            copied = value;
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** Whether the attribute name ending at {@code equals} is {@code name}, as a whole word. */
    private static boolean isAttribute(String html, int equals, String name) {
        int start = equals - name.length();
        return start >= 0 && html.startsWith(name, start) && (start == 0 || !isWordCharacter(html.charAt(start - 1)));
    }

    private static boolean isWordCharacter(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }
}
