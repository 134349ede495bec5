package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.source.SourceFile;
import dev.byline.source.TextDecoder;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlMap;
import dev.byline.yaml.YamlReader;
import java.util.List;
import java.util.Optional;

/** Reads {@code content/authors/<slug>.yaml}: the slug is the file name; {@code name} is required. */
public final class AuthorFileParser {

    static final List<String> KEYS = List.of("name", "bio");

    private AuthorFileParser() {
    }

    public static Optional<RegistryAuthor> parse(SourceFile file, Diagnostics diagnostics) {
        String fileName = file.relative().replaceFirst("\\.ya?ml$", "");
        if (!Slugs.isValid(fileName)) {
            diagnostics.add(Position.ofFile(file.display()).error("the file name is the author's slug and may "
                    + "only contain lower-case letters, digits and hyphens; rename it to "
                    + Slugs.slugify(fileName) + ".yaml"));
            return Optional.empty();
        }
        Optional<YamlMap> yaml = TextDecoder.read(file, diagnostics)
                .flatMap(text -> YamlReader.readMapping(text, file.display(), 0, diagnostics));
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = yaml.get();
        map.warnUnknownKeys(KEYS);
        Optional<Located<String>> name = map.requiredText("name", "name: Andrew Wilson");
        String bio = map.text("bio").map(Located::value).orElse("").strip();
        return name.map(n -> new RegistryAuthor(fileName, n.value().strip(), bio, n.position()));
    }
}
