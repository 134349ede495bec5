package dev.byline.scaffold;

import dev.byline.yaml.YamlScalars;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A new article's file ({@code byline new}): front matter filled in, every value written so that it reads back as
 * given (a headline with a colon or quotes included), and an empty body for the writer.
 *
 * @param title  the headline
 * @param date   the date line's value, already checked to be one a build reads ({@code 2025-08-15},
 *               {@code 2025-08-15T09:30}); such dates need no quotes
 * @param author who wrote it
 * @param tags   the tags, possibly none
 * @param draft  whether to mark it {@code draft: true}
 */
public record NewArticle(String title, String date, AuthorChoice.Chosen author, List<String> tags, boolean draft) {

    /** How to add a lead image, commented out: the writer removes the {@code # } in front of the lines they use. */
    private static final String LEAD_IMAGE = """
            # image:                 # a lead image, also the social card: remove the "# " before the lines you use
            #   src: /images/photo.jpg       # a file in content/static/images/, or a full URL
            #   alt: ""                      # required: what the picture shows, for readers who cannot see it
            #   caption: ""
            #   credit: "Photo: "
            """;

    public NewArticle {
        tags = List.copyOf(tags);
    }

    /** The file's text: front matter, then a blank line where the article begins. */
    public String text() {
        StringBuilder text = new StringBuilder("---\n")
                .append("title: ").append(YamlScalars.quoted(title)).append('\n')
                .append("date: ").append(date).append('\n')
                .append("author: ").append(author.yaml()).append('\n')
                .append("description: \"\"         # one sentence for the index, search engines and social cards\n");
        if (!tags.isEmpty()) {
            text.append("tags: [").append(tags.stream().map(YamlScalars::plainOrQuoted)
                    .collect(Collectors.joining(", "))).append("]\n");
        }
        if (draft) {
            text.append("draft: true             # built only with --drafts; remove the line to publish\n");
        }
        return text.append(LEAD_IMAGE).append("---\n\n").toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
