package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.source.SourceFile;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlMap;
import java.util.Optional;

/**
 * The slug of an article or a page: front matter's {@code slug:} when given (an error at it when it is not a slug,
 * suggesting one), else made from the file's name (an error at the file when that gives none).
 */
final class FrontMatterSlug {

    private FrontMatterSlug() {
    }

    /**
     * @param fromName the part of the file's name the slug is made from when front matter gives none
     * @param example  the slug shown in the message when the name gives none ({@code my-article})
     */
    static Optional<Located<String>> read(SourceFile file, YamlMap fm, String fromName, String example,
                                          Diagnostics diagnostics) {
        Optional<Located<String>> given = fm.text("slug");
        if (given.isPresent()) {
            String written = given.get().value();
            if (Slugs.isValid(written)) {
                return given;
            }
            String suggestion = Slugs.slugify(written);
            diagnostics.add(given.get().position().error("slug \"" + written + "\" may only contain lower-case "
                    + "letters, digits and single hyphens" + (suggestion.isEmpty() ? "" : "; try " + suggestion)));
            return Optional.empty();
        }
        String made = Slugs.slugify(fromName);
        if (made.isEmpty()) {
            diagnostics.add(Position.ofFile(file.display()).error("the file name gives no usable slug; add a line "
                    + "such as \"slug: " + example + "\" to the front matter"));
            return Optional.empty();
        }
        return Optional.of(new Located<>(made, Position.ofFile(file.display())));
    }
}
