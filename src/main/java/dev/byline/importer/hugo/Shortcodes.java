package dev.byline.importer.hugo;

import dev.byline.importer.LinkTargets;
import dev.byline.importer.TemplateTags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's built-in shortcodes, as Markdown: {@code figure} an image with its caption below, {@code youtube},
 * {@code vimeo} and {@code gist} links to what they embedded (raw HTML such as an iframe is not shown unless a site
 * allows it), {@code ref}/{@code relref} the post's new address, {@code highlight} fenced code. A shortcode inside
 * comment marks (a slash and a star after {@code {{<}}) is Hugo's way to show one as text, and becomes that text.
 */
public final class Shortcodes implements TemplateTags {

    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{([<%])\\s*(/\\*)?\\s*([\\w./-]+)(.*?)(\\*/)?\\s*"
            + "[>%]}}", Pattern.DOTALL);
    private static final Pattern ARGUMENT = Pattern.compile("(?:([\\w-]+)=)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`"
            + "|([^\\s\"`]+))");

    @Override
    public Optional<Replacement> convert(String body, MatchResult tag, LinkTargets links) {
        Matcher shortcode = SHORTCODE.matcher(tag.group());
        if (!shortcode.matches()) {
            return Optional.empty();
        }
        if (shortcode.group(2) != null) {
            String open = shortcode.group(1).equals("<") ? "{{< " : "{{% ";
            String close = shortcode.group(1).equals("<") ? " >}}" : " %}}";
            return Optional.of(new Replacement(open + (shortcode.group(3) + shortcode.group(4)).strip() + close,
                    tag.end()));
        }
        Arguments arguments = Arguments.of(shortcode.group(4));
        return switch (shortcode.group(3)) {
            case "figure" -> arguments.named("src").map(src -> new Replacement(figure(src, arguments), tag.end()));
            case "youtube" -> arguments.first("id").map(id -> new Replacement(
                    "[Watch the video on YouTube](https://www.youtube.com/watch?v=" + id + ")", tag.end()));
            case "vimeo" -> arguments.first("id").map(id -> new Replacement(
                    "[Watch the video on Vimeo](https://vimeo.com/" + id + ")", tag.end()));
            case "gist" -> gist(arguments).map(url -> new Replacement("[See the code on GitHub](" + url + ")",
                    tag.end()));
            case "ref", "relref" -> arguments.first("path").flatMap(links::find)
                    .map(url -> new Replacement(url + anchor(arguments.first("path").orElse("")), tag.end()));
            case "highlight" -> closing(body, tag.end(), "highlight").map(end -> new Replacement(
                    TemplateTags.fencedCode(arguments.positional(0).orElse(""),
                            body.substring(tag.end(), end.start())), end.end()));
            default -> Optional.empty();
        };
    }

    private static String figure(String src, Arguments arguments) {
        String alt = arguments.named("alt").or(() -> arguments.named("title")).orElse("");
        String title = arguments.named("title").filter(t -> !t.equals(alt)).map(t -> " \"" + t.replace("\"", "\\\"")
                + "\"").orElse("");
        String image = "![" + alt.replace("]", "\\]") + "](" + src + title + ")";
        String linked = arguments.named("link").map(link -> "[" + image + "](" + link + ")").orElse(image);
        List<String> below = new ArrayList<>();
        arguments.named("caption").ifPresent(below::add);
        arguments.named("attr").ifPresent(below::add);
        return below.isEmpty() ? linked : linked + "\n\n*" + String.join(" ", below).replace("*", "\\*") + "*";
    }

    private static Optional<String> gist(Arguments arguments) {
        Optional<String> user = arguments.positional(0);
        Optional<String> id = arguments.positional(1);
        if (user.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("https://gist.github.com/" + user.get() + "/" + id.get() + arguments.positional(2)
                .map(file -> "#file-" + file.replaceAll("[^\\w-]", "-").toLowerCase()).orElse(""));
    }

    private static String anchor(String reference) {
        int hash = reference.indexOf('#');
        return hash < 0 ? "" : reference.substring(hash);
    }

    private static Optional<MatchResult> closing(String body, int from, String name) {
        Matcher end = Pattern.compile("\\{\\{[<%]\\s*/" + Pattern.quote(name) + "\\s*[>%]}}").matcher(body);
        return end.find(from) ? Optional.of(end.toMatchResult()) : Optional.empty();
    }

    /** A shortcode's arguments: named ({@code src="x.png"}) or by position ({@code "x.png"}). */
    private record Arguments(Map<String, String> named, List<String> positional) {

        static Arguments of(String text) {
            Map<String, String> named = new LinkedHashMap<>();
            List<String> positional = new ArrayList<>();
            Matcher argument = ARGUMENT.matcher(text);
            while (argument.find()) {
                String value = argument.group(2) != null ? argument.group(2).replace("\\\"", "\"")
                        : argument.group(3) != null ? argument.group(3) : argument.group(4);
                if (argument.group(1) != null) {
                    named.put(argument.group(1), value);
                } else {
                    positional.add(value);
                }
            }
            return new Arguments(named, positional);
        }

        Optional<String> named(String name) {
            return Optional.ofNullable(named.get(name)).filter(value -> !value.isBlank());
        }

        Optional<String> positional(int index) {
            return index < positional.size() ? Optional.of(positional.get(index)) : Optional.empty();
        }

        /** The argument given by name, or else the first by position. */
        Optional<String> first(String name) {
            return named(name).or(() -> positional(0));
        }
    }
}
