package dev.byline.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the checks need from a page of the built site: its links, the ids its fragments can point at, its
 * title, its meta elements. Pattern-based, which is enough for the HTML Byline and its theme write (attributes in quotes).
 */
final class HtmlScan {

    /** An href or src attribute inside a tag. */
    private static final Pattern LINK = Pattern.compile(
            "<[a-zA-Z][^<>]*?\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    /** An id attribute inside a tag, or an old-style {@code <a name>}. */
    private static final Pattern ID = Pattern.compile(
            "<(?:[a-zA-Z][^<>]*?\\sid|a\\s[^<>]*?\\bname)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    /** Code shows markup as text; links in it lead nowhere and are not links. */
    private static final Pattern CODE = Pattern.compile("<(pre|code)\\b.*?</\\1>", Pattern.DOTALL);
    private static final Pattern FEED_LINK = Pattern.compile("<link\\b[^>]*\\bhref=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>", Pattern.CASE_INSENSITIVE);
    /** A meta element of the head, as the theme writes it: {@code <meta property="og:image" content="...">}. */
    private static final Pattern META = Pattern.compile(
            "<meta\\s+(?:property|name)=\"([^\"]*)\"\\s+content=\"([^\"]*)\"");

    private HtmlScan() {
    }

    static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(CODE.matcher(html).replaceAll(""));
        while (link.find()) {
            links.add(unescape(link.group(1) != null ? link.group(1) : link.group(2)));
        }
        return links;
    }

    /**
     * The links of an Atom feed itself ({@code <link href>}); its entries' content is the articles' HTML, whose
     * links are checked on the article pages.
     */
    static List<String> feedLinks(String xml) {
        List<String> links = new ArrayList<>();
        Matcher link = FEED_LINK.matcher(xml);
        while (link.find()) {
            links.add(unescape(link.group(1)));
        }
        return links;
    }

    static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        Matcher id = ID.matcher(html);
        while (id.find()) {
            ids.add(unescape(id.group(1) != null ? id.group(1) : id.group(2)));
        }
        return ids;
    }

    static String title(String html) {
        Matcher title = TITLE.matcher(html);
        return title.find() ? unescape(title.group(1)).strip() : "";
    }

    /** The content of each meta element of the page, by its property or name (the first of each). */
    static Map<String, String> meta(String html) {
        Map<String, String> meta = new HashMap<>();
        Matcher element = META.matcher(html);
        while (element.find()) {
            meta.putIfAbsent(element.group(1), unescape(element.group(2)));
        }
        return meta;
    }

    /** The entities Byline's escaping writes, back to characters (feeds escape their HTML once more). */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
