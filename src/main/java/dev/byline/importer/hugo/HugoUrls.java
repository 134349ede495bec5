package dev.byline.importer.hugo;

import dev.byline.importer.OldDate;
import dev.byline.importer.OldPost;
import dev.byline.importer.OldUrls;
import dev.byline.importer.OldValues;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's page addresses: a page's {@code url} (or Zola's {@code path}) as given; otherwise its section's pattern
 * under {@code [permalinks]} ({@code posts = "/:year/:month/:slug/"}); otherwise its folders and its {@code slug}
 * or file name. Paths are lower-cased unless {@code disablePathToLower}; {@code uglyURLs} end them in
 * {@code .html}. {@code aliases} that start with a slash are site paths; others are read from the page's section
 * (from the site's root for a page that gives {@code path}, as Zola reads them).
 *
 * @param permalinks  the pattern of each section ({@code ""} for pages at the top of {@code content/})
 * @param lowerCase   whether paths are lower-cased (Hugo's default)
 * @param ugly        whether pages are {@code x.html} rather than {@code x/}
 * @param basePath    the path of the site's {@code baseURL} ({@code /blog}), or empty
 */
public record HugoUrls(Map<String, String> permalinks, boolean lowerCase, boolean ugly, String basePath)
        implements OldUrls {

    private static final Pattern PLACEHOLDER = Pattern.compile(":(\\w+)");
    private static final Pattern NOT_IN_PATH = Pattern.compile("[^\\p{L}\\p{N}._~-]+");

    @Override
    public String urlOf(OldPost post, OldDate written) {
        LocalDateTime date = written.clock(); // Hugo keeps the offset a date is written with
        OldValues values = post.values();
        var given = values.firstText("url", "path");
        if (given.isPresent()) {
            String path = "/" + given.get().replaceFirst("^/+", "");
            boolean file = path.endsWith("/") || path.matches("(?i).*\\.(html?|xml|json|txt|php)$");
            return basePath + (file ? path : path + "/");
        }
        String section = post.sections().isEmpty() ? "" : post.sections().get(0);
        String pattern = permalinks.get(section.toLowerCase(Locale.ROOT));
        String path;
        if (pattern == null) {
            List<String> parts = new ArrayList<>(post.sections());
            parts.add(values.text("slug").orElse(post.name()));
            path = "/" + String.join("/", parts) + "/";
        } else {
            path = filled(pattern, post, date);
        }
        path = path.replaceAll("/{2,}", "/");
        if (lowerCase) {
            path = path.toLowerCase(Locale.ROOT);
        }
        if (ugly && path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1) + ".html";
        }
        return basePath + path;
    }

    @Override
    public List<String> aliasesOf(OldPost post) {
        String folder = post.values().has("path") || post.sections().isEmpty() ? "/"
                : "/" + String.join("/", post.sections()) + "/";
        List<String> aliases = new ArrayList<>();
        for (String alias : post.values().texts("aliases")) {
            aliases.add(basePath + (alias.startsWith("/") ? alias : folder + alias));
        }
        return aliases;
    }

    private static String filled(String pattern, OldPost post, LocalDateTime date) {
        OldValues values = post.values();
        String title = urlized(values.text("title").orElse(post.name()));
        var slug = values.text("slug").map(HugoUrls::urlized);
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "year" -> String.format("%04d", date.getYear());
                case "month" -> String.format("%02d", date.getMonthValue());
                case "monthname" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "day" -> String.format("%02d", date.getDayOfMonth());
                case "weekday" -> String.valueOf(date.getDayOfWeek().getValue() % 7);
                case "weekdayname" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "yearday" -> String.valueOf(date.getDayOfYear());
                case "section" -> post.sections().isEmpty() ? "" : post.sections().get(0);
                case "sections" -> String.join("/", post.sections());
                case "title" -> title;
                case "slug" -> slug.orElse(title);
                case "filename", "contentbasename" -> post.name();
                case "slugorfilename", "slugorcontentbasename" -> slug.orElse(post.name());
                default -> placeholder.group();
            };
            placeholder.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(url);
        return "/" + url;
    }

    /** Hugo's {@code urlize}: spaces as hyphens, and only what a path keeps. */
    private static String urlized(String text) {
        return NOT_IN_PATH.matcher(text.strip().replace(' ', '-')).replaceAll("");
    }
}
