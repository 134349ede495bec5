package dev.byline.importer.jekyll;

import dev.byline.importer.OldDate;
import dev.byline.importer.OldPost;
import dev.byline.importer.OldUrls;
import dev.byline.importer.OldValues;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's post addresses: the site's {@code permalink:} (a pattern, or one of the styles {@code date} (the
 * default), {@code pretty}, {@code ordinal}, {@code weekdate}, {@code none}), a post's own {@code permalink:}, and
 * {@code redirect_from:} (jekyll-redirect-from) for the addresses that redirected to it.
 *
 * @param permalink the site's pattern or style, as {@code _config.yml} gives it (empty for the default)
 * @param basePath  the site's {@code baseurl} ({@code /blog}), or empty
 */
public record JekyllUrls(String permalink, String basePath) implements OldUrls {

    private static final Map<String, String> STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    private static final Pattern PLACEHOLDER = Pattern.compile(":(\\w+)");
    /** Jekyll's "pretty" slugs keep these besides letters and digits. */
    private static final Pattern NOT_PRETTY = Pattern.compile("[^\\p{L}\\p{N}._~!$&'()+,;=@]+");
    private static final Pattern NOT_DEFAULT = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Override
    public String urlOf(OldPost post, OldDate written) {
        LocalDateTime date = written.local(); // Jekyll reads a date's offset, then shows it in the site's zone
        OldValues values = post.values();
        String pattern = values.text("permalink").orElse(permalink.isEmpty() ? "date" : permalink);
        pattern = STYLES.getOrDefault(pattern, pattern);
        String titlePart = values.text("slug").orElse(post.name());
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (placeholder.find()) {
            String value = placeholder(placeholder.group(1), post, date, titlePart);
            placeholder.appendReplacement(url, Matcher.quoteReplacement(value == null ? placeholder.group()
                    : value));
        }
        placeholder.appendTail(url);
        String path = ("/" + url).replaceAll("/{2,}", "/");
        return basePath + path;
    }

    @Override
    public List<String> aliasesOf(OldPost post) {
        List<String> aliases = new ArrayList<>();
        for (String alias : post.values().texts("redirect_from")) {
            aliases.add(basePath + "/" + alias.replaceFirst("^/+", ""));
        }
        return aliases;
    }

    /** The categories of a post: the folders above {@code _posts/}, then {@code categories}/{@code category}. */
    public static List<String> categories(OldPost post) {
        Set<String> categories = new LinkedHashSet<>(post.sections());
        for (String key : List.of("categories", "category")) {
            for (String value : post.values().texts(key)) {
                if (post.values().value(key).filter(v -> v instanceof String).isPresent()) {
                    categories.addAll(List.of(value.split("\\s+"))); // Jekyll splits a text at spaces
                } else {
                    categories.add(value);
                }
            }
        }
        return List.copyOf(categories);
    }

    private static String placeholder(String name, OldPost post, LocalDateTime date, String titlePart) {
        return switch (name) {
            case "year" -> String.format("%04d", date.getYear());
            case "short_year" -> String.format("%02d", date.getYear() % 100);
            case "month" -> String.format("%02d", date.getMonthValue());
            case "i_month" -> String.valueOf(date.getMonthValue());
            case "short_month" -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_month" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> String.format("%02d", date.getDayOfMonth());
            case "i_day" -> String.valueOf(date.getDayOfMonth());
            case "y_day" -> String.format("%03d", date.getDayOfYear());
            case "week" -> String.format("%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "short_day" -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_day" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "hour" -> String.format("%02d", date.getHour());
            case "minute" -> String.format("%02d", date.getMinute());
            case "second" -> String.format("%02d", date.getSecond());
            case "title" -> slug(titlePart, NOT_PRETTY, false);
            case "slug" -> slug(titlePart, NOT_DEFAULT, true);
            case "name" -> slug(post.name(), NOT_PRETTY, false);
            case "categories" -> String.join("/", categories(post).stream()
                    .map(category -> category.toLowerCase(Locale.ROOT)).distinct().toList());
            case "output_ext" -> ".html";
            default -> null;
        };
    }

    private static String slug(String text, Pattern replaced, boolean lowerCase) {
        String slug = replaced.matcher(text).replaceAll("-").replaceAll("^-+|-+$", "");
        return lowerCase ? slug.toLowerCase(Locale.ROOT) : slug;
    }
}
