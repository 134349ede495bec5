package dev.byline.check;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Broken links the theme writes, which no line of the content explains: a link in the masthead or the footer is on
 * every page, so each is reported once, at the first page that has it, with how many more do.
 */
final class ThemeLinks {

    private static final int PAGES_NAMED = 3;

    /** One broken link: why, and how each page it is on writes it. */
    private record Broken(String why, SortedMap<String, String> linkByPage) {
    }

    private final Map<String, Broken> byTarget = new LinkedHashMap<>();

    /** A page of the site as the place of a problem the theme made. */
    static Position page(String file) {
        return Position.ofFile(file + " (written by the theme)");
    }

    /**
     * @param target where the link leads (the same on every page, however the theme writes it there: relative
     *               links differ from page to page), or the link itself when it leads nowhere at all
     */
    void add(String target, String link, String why, String page) {
        byTarget.computeIfAbsent(target, t -> new Broken(why, new TreeMap<>())).linkByPage().putIfAbsent(page, link);
    }

    void report(Diagnostics diagnostics) {
        byTarget.values().forEach(broken -> {
            List<String> pages = List.copyOf(broken.linkByPage().keySet());
            diagnostics.add(page(pages.get(0)).error("link " + broken.linkByPage().get(pages.get(0)) + " "
                    + broken.why() + alsoOn(pages)));
        });
    }

    /** "; also on 2 other pages (b, c)" for a problem of the first of these pages, a few named; "" for one page. */
    static String alsoOn(List<String> pages) {
        int others = pages.size() - 1;
        return others == 0 ? "" : "; also on " + (others == 1 ? "1 other page" : others + " other pages")
                + " (" + String.join(", ", pages.subList(1, Math.min(pages.size(), PAGES_NAMED + 1)))
                + (others > PAGES_NAMED ? ", ..." : "") + ")";
    }
}
