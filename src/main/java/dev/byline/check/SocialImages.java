package dev.byline.check;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.SocialImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pictures link previews show for the pages ({@code og:image}): an SVG, or one known to be narrower than
 * 1200 px, is a warning, since Facebook, X and LinkedIn show no preview or a small one for it. Each picture is
 * reported once, where an article's front matter names it, or else at the first page that shows it, with how many
 * more do.
 */
final class SocialImages {

    /** The narrowest picture the networks show as a large preview. */
    static final int MIN_WIDTH = 1200;
    private static final String ADVICE = "use a PNG or JPEG at least " + MIN_WIDTH + " px wide";

    private final Map<SocialImage, List<String>> pagesByImage = new LinkedHashMap<>();

    /** Notes the picture of one page, as its head gives it: {@code og:image} and {@code og:image:width}. */
    void add(String page, Map<String, String> meta) {
        String src = meta.get("og:image");
        if (src != null) {
            String width = meta.getOrDefault("og:image:width", "");
            SocialImage image = new SocialImage(src, "", width.matches("\\d{1,6}") ? Integer.parseInt(width) : 0, 0);
            pagesByImage.computeIfAbsent(image, ignored -> new ArrayList<>()).add(page);
        }
    }

    /** @param namedIn where front matter names a picture, by its absolute address */
    void report(Map<String, Position> namedIn, Diagnostics diagnostics) {
        pagesByImage.forEach((image, pages) -> problem(image).ifPresent(why -> {
            List<String> sorted = pages.stream().sorted().toList();
            Position frontMatter = namedIn.get(image.src());
            Position where = frontMatter != null ? frontMatter : Position.ofFile(sorted.get(0));
            String of = frontMatter != null ? " of " + sorted.get(0) : "";
            diagnostics.add(where.warning("the social image " + image.src() + of + " " + why
                    + ThemeLinks.alsoOn(sorted)));
        }));
    }

    private static Optional<String> problem(SocialImage image) {
        if (image.isSvg()) {
            return Optional.of("is an SVG: Facebook, X and LinkedIn do not show SVG images as link previews; "
                    + ADVICE);
        }
        return image.width() > 0 && image.width() < MIN_WIDTH
                ? Optional.of("is " + image.width() + " px wide: Facebook, X and LinkedIn show it small or not at "
                        + "all as a link preview; " + ADVICE)
                : Optional.empty();
    }
}
