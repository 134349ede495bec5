package dev.byline.model;

import dev.byline.diag.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article's page lives: site.yaml's {@code permalink:}, a pattern such as {@code /:year/:month/:slug/} or
 * {@code /news/:year/:slug.html}. {@code :year}, {@code :month} and {@code :day} are the publication date's as
 * the article's page shows it ({@link ArticleDate#value()}: in the site's zone, a date given with an offset moved
 * there), never the machine's; {@code :slug} (or Jekyll's {@code :title}) is the
 * article's slug. A pattern ending with a slash gives a folder (its {@code index.html}); one ending with
 * {@code .html}, that file.
 *
 * @param pattern as written, starting with a slash
 * @param written where site.yaml gives it (the file alone for the default), for messages about the addresses it
 *                gives
 */
public record Permalink(String pattern, Position written) {

    /** The addresses of sites that name no pattern: {@code /articles/<slug>/}. */
    public static final String DEFAULT_PATTERN = "/articles/:slug/";
    public static final List<String> PLACEHOLDERS = List.of("year", "month", "day", "slug", "title");

    private static final Pattern PLACEHOLDER = Pattern.compile(":([A-Za-z_]+)");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]*");

    public static Permalink standard(String file) {
        return new Permalink(DEFAULT_PATTERN, Position.ofFile(file));
    }

    /**
     * What is wrong with a pattern, in words for the writer of site.yaml; empty when it can be used. It must start
     * with a slash, end with a slash or {@code .html}, hold {@code :slug} (or {@code :title}), only known
     * placeholders, and not lie in one of the site's own folders ({@link SitePaths#RESERVED}) other than the
     * articles' (whose year pages {@link SitePaths#siteClash} keeps free).
     */
    public static Optional<String> problem(String pattern) {
        if (!pattern.startsWith("/")) {
            return Optional.of("a permalink starts with a slash, as in " + DEFAULT_PATTERN);
        }
        if (!pattern.endsWith("/") && !pattern.endsWith(".html")) {
            return Optional.of("a permalink ends with a slash (a folder: /:year/:slug/) or with .html (a file: "
                    + "/:year/:slug.html)");
        }
        List<String> unknown = new ArrayList<>();
        boolean slug = false;
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            String name = matcher.group(1);
            slug |= name.equals("slug") || name.equals("title");
            if (!PLACEHOLDERS.contains(name)) {
                unknown.add(":" + name);
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of("unknown placeholder " + String.join(", ", unknown) + "; a permalink can use :"
                    + String.join(", :", PLACEHOLDERS));
        }
        if (!slug) {
            return Optional.of("a permalink needs :slug, or two articles of one day would share an address");
        }
        String[] parts = pattern.substring(1).split("/");
        for (String part : parts) {
            if (part.isEmpty() || !LITERAL.matcher(PLACEHOLDER.matcher(part).replaceAll("")).matches()) {
                return Optional.of("each part of a permalink is letters, digits, \"-\", \"_\", \".\" and "
                        + "placeholders, between single slashes");
            }
        }
        String first = parts[0];
        if (!first.contains(":") && !first.equals(SitePaths.ARCHIVE.replace("/", ""))
                && SitePaths.RESERVED.contains(first.toLowerCase(Locale.ROOT))) {
            return Optional.of("/" + first + "/ is one of the site's own folders; articles cannot live "
                    + "there");
        }
        return Optional.empty();
    }

    /** The site path of an article's page: {@code 2025/08/not-instant-peace/}, without the leading slash. */
    public String path(String slug, ArticleDate date) {
        Matcher matcher = PLACEHOLDER.matcher(pattern.substring(1));
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(switch (matcher.group(1)) {
                case "year" -> String.format(Locale.ROOT, "%04d", date.value().getYear());
                case "month" -> String.format(Locale.ROOT, "%02d", date.value().getMonthValue());
                case "day" -> String.format(Locale.ROOT, "%02d", date.value().getDayOfMonth());
                default -> slug;
            }));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** Whether site.yaml names a pattern of its own. */
    public boolean isStandard() {
        return pattern.equals(DEFAULT_PATTERN);
    }
}
