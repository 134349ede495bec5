package dev.byline.importer.jekyll;

import dev.byline.importer.LinkTargets;
import dev.byline.importer.TemplateTags;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's Liquid in posts, as Byline writes the same: the site's address ({@code {{ site.baseurl }}},
 * {@code {{ site.url }}}, {@code {{ "/x" | relative_url }}}) goes, since Byline's site paths start at the root;
 * {@code {% link %}} and {@code {% post_url %}} become the post's new address; {@code {% highlight %}} blocks
 * become fenced code; {@code {% raw %}} keeps what it holds as it is; {@code {% comment %}} blocks go.
 */
public final class LiquidTags implements TemplateTags {

    private static final Pattern SITE_ADDRESS = Pattern.compile("\\{\\{-?\\s*site\\.(baseurl|url)\\s*-?}}");
    private static final Pattern URL_FILTER = Pattern.compile(
            "\\{\\{-?\\s*[\"']([^\"']*)[\"']\\s*\\|\\s*(relative_url|absolute_url)\\s*-?}}");
    private static final Pattern BLOCK_TAG = Pattern.compile("\\{%-?\\s*(\\w+)\\s*(.*?)\\s*-?%}", Pattern.DOTALL);

    @Override
    public Optional<Replacement> convert(String body, MatchResult tag, LinkTargets links) {
        String text = tag.group();
        if (SITE_ADDRESS.matcher(text).matches()) {
            return Optional.of(new Replacement("", tag.end()));
        }
        Matcher filter = URL_FILTER.matcher(text);
        if (filter.matches()) {
            return Optional.of(new Replacement(filter.group(1), tag.end()));
        }
        Matcher block = BLOCK_TAG.matcher(text);
        if (!block.matches()) {
            return Optional.empty();
        }
        String argument = block.group(2).replaceAll("^[\"']|[\"']$", "");
        return switch (block.group(1)) {
            case "link", "post_url" -> links.find(argument).map(url -> new Replacement(url, tag.end()));
            case "highlight" -> closed(body, tag, "endhighlight").map(end -> new Replacement(TemplateTags.fencedCode(
                    argument.split("\\s+")[0], body.substring(tag.end(), end.start())), end.end()));
            case "raw" -> closed(body, tag, "endraw")
                    .map(end -> new Replacement(body.substring(tag.end(), end.start()), end.end()));
            case "comment" -> closed(body, tag, "endcomment").map(end -> new Replacement("", end.end()));
            default -> Optional.empty();
        };
    }

    private static Optional<MatchResult> closed(String body, MatchResult tag, String closing) {
        Matcher end = Pattern.compile("\\{%-?\\s*" + closing + "\\s*-?%}").matcher(body);
        return end.find(tag.end()) ? Optional.of(end.toMatchResult()) : Optional.empty();
    }
}
