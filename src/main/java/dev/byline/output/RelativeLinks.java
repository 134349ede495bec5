package dev.byline.output;

import dev.byline.model.SitePaths;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a page's links to the site from root-relative ({@code /opinion/authors/x/}) to relative to the page
 * ({@code ../../authors/x/index.html}), so the site can be opened from a folder or {@code file://} as well as served.
 * Folder links get their {@code index.html}, which a web server would add but a file browser does not. Absolute
 * URLs (canonical, Open Graph, feeds) are left as they are.
 */
public final class RelativeLinks {

    private static final Pattern LINK = Pattern.compile("\\b(href|src)=\"([^\"]*)\"");

    private RelativeLinks() {
    }

    /**
     * The file with relative links when it is an HTML page; any other file as it is. The 404 page keeps its
     * root-relative links: a server shows it at whatever address was missing, where relative links would not resolve.
     */
    public static OutputFile rewrite(OutputFile file, String basePath, String notFoundFile) {
        if (!(file instanceof OutputFile.Rendered page) || !page.file().endsWith(".html")
                || page.file().equals(notFoundFile)) {
            return file;
        }
        String html = new String(page.bytes(), StandardCharsets.UTF_8);
        String toRoot = "../".repeat((int) page.file().chars().filter(c -> c == '/').count());
        Matcher link = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (link.find()) {
            String value = link.group(2);
            String rewritten = value.startsWith(basePath) && !value.startsWith("//")
                    ? relative(value.substring(basePath.length()), toRoot) : value;
            link.appendReplacement(out, Matcher.quoteReplacement(link.group(1) + "=\"" + rewritten + "\""));
        }
        link.appendTail(out);
        return new OutputFile.Rendered(page.file(), page.origin(), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String relative(String sitePath, String toRoot) {
        int fragmentAt = sitePath.indexOf('#');
        String path = fragmentAt < 0 ? sitePath : sitePath.substring(0, fragmentAt);
        String fragment = fragmentAt < 0 ? "" : sitePath.substring(fragmentAt);
        return toRoot + SitePaths.file(path) + fragment;
    }
}
