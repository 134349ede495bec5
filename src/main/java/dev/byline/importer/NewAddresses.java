package dev.byline.importer;

import dev.byline.model.ArticleDate;
import dev.byline.model.Permalink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The imported articles' addresses, so that every old one answers: the {@code permalink:} pattern that gives most
 * posts their exact old address (read off each post's old address, its new slug and date), and, for each post, its
 * other old addresses (its own when the pattern does not give it, and those that redirected to it) as aliases.
 */
final class NewAddresses {

    /**
     * One imported post, its old addresses as site paths of the new site (no base path, a leading slash).
     *
     * @param slug the new article's slug
     * @param date its date as Byline reads it
     */
    record Post(String slug, ArticleDate date, String oldUrl, List<String> oldAliases) {
    }

    /** The pattern for the site, and each post's new address and aliases, in the order of the posts. */
    record Addresses(Permalink permalink, List<String> urls, List<List<String>> aliases) {
    }

    private NewAddresses() {
    }

    static Addresses of(List<Post> posts, String siteYaml) {
        Permalink permalink = pattern(posts).map(pattern -> new Permalink(pattern, Permalink.standard(siteYaml)
                .written())).orElse(Permalink.standard(siteYaml));
        List<String> urls = posts.stream().map(post -> "/" + permalink.path(post.slug(), post.date())).toList();
        Set<String> taken = new HashSet<>(urls.stream().map(NewAddresses::normal).toList());
        List<List<String>> aliases = new ArrayList<>();
        for (Post post : posts) {
            Set<String> own = new LinkedHashSet<>();
            own.add(post.oldUrl());
            own.addAll(post.oldAliases());
            List<String> kept = new ArrayList<>();
            for (String alias : own) {
                if (!alias.equals("/") && taken.add(normal(alias))) {
                    kept.add(alias);
                }
            }
            aliases.add(List.copyOf(kept));
        }
        return new Addresses(permalink, urls, aliases);
    }

    /** The pattern most posts' old addresses follow, when it is more than half of them's; empty for none. */
    private static Optional<String> pattern(List<Post> posts) {
        Map<String, Integer> counts = new HashMap<>();
        for (Post post : posts) {
            derived(post).ifPresent(pattern -> counts.merge(pattern, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() * 2 > posts.size())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * The pattern that gives this post its old address: {@code /2016/09/29/rust/} read as
     * {@code /:year/:month/:day/:slug/}; empty when none does (the old address does not hold the new slug).
     */
    private static Optional<String> derived(Post post) {
        String old = post.oldUrl();
        String year = String.format(Locale.ROOT, "%04d", post.date().value().getYear());
        String month = String.format(Locale.ROOT, "%02d", post.date().value().getMonthValue());
        String day = String.format(Locale.ROOT, "%02d", post.date().value().getDayOfMonth());
        StringBuilder pattern = new StringBuilder();
        for (String part : old.substring(1).split("/")) {
            pattern.append('/').append(part.equals(post.slug()) ? ":slug"
                    : part.equals(post.slug() + ".html") ? ":slug.html"
                    : part.equals(year) ? ":year" : part.equals(month) ? ":month" : part.equals(day) ? ":day" : part);
        }
        String candidate = pattern + (old.endsWith("/") ? "/" : "");
        boolean gives = Permalink.problem(candidate).isEmpty()
                && ("/" + new Permalink(candidate, null).path(post.slug(), post.date())).equals(old);
        return gives ? Optional.of(candidate) : Optional.empty();
    }

    /** An address as Byline serves it: {@code /a/b} is the folder {@code /a/b/}. */
    private static String normal(String url) {
        return url.endsWith("/") || url.toLowerCase(Locale.ROOT).matches(".*\\.html?") ? url : url + "/";
    }
}
