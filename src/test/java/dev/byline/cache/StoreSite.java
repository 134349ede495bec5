package dev.byline.cache;

import dev.byline.content.ArticleParse;
import dev.byline.content.ArticleParser;
import dev.byline.content.ImageSizes;
import dev.byline.content.MarkdownRenderer;
import dev.byline.content.ScannedStaticFiles;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.source.DisplayPaths;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceScanner;
import dev.byline.testing.TestSites;
import dev.byline.yaml.Located;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The golden site's content copied into a folder of the test's, with articles added so that every record a parse
 * can hold is in one of them (an article that fails, one that is not even YAML, every front matter field, images of
 * the site and missing ones, raw HTML...), parsed as the build parses it (the golden site's zone and base path).
 */
final class StoreSite {

    static final String BASE_PATH = "/opinion/";
    static final String SETTINGS = "zone Europe/London, base " + BASE_PATH + ", raw HTML escaped";

    private final Path root;

    StoreSite(Path root) {
        this.root = root;
        try {
            TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), content());
            write("every-field.md", """
                    ---
                    title: "Every field, “quoted”"
                    date: 2025-03-30T01:30:00+05:30
                    updated: 2025-03-31 08:15
                    expires: 2099-12-31
                    slug: every-field
                    author:
                      name: Zoë Writer
                      bio: A writer with a bio.
                      avatar: /images/cup.svg
                      links:
                        Website: https://example.org/zoe
                        Mail: mailto:zoe@example.org
                    tags: [cities, "Café culture"]
                    description: "  A description.  "
                    image: {src: /images/cup.svg, alt: A cup, caption: The cup, credit: Photo by Zoë}
                    corrections:
                      - date: 2025-04-02
                        text: A later one.
                      - date: 2025-04-01
                        text: An earlier one.
                    toc: true
                    mood: sunny
                    ---
                    The first paragraph, with a [link](/about/) and ![a cup](/images/cup.svg).

                    ## A heading

                    ![missing](/images/none.png) and ![far away](https://example.net/x.png) and <iframe src="x">.

                    ### Deeper `code`

                    A footnote.[^1]

                    [^1]: The note.
                    """);
            write("2024/2024-05-06-dated-name.md", """
                    ---
                    title: A dated name
                    author: ada-byron
                    image: /images/cup.svg
                    ---
                    Body.
                    """);
            write("broken.md", """
                    ---
                    title: Broken
                    date: 2025-13-45
                    authors: [ada-byron, Someone Else]
                    tags: [cities]
                    image: {src: /images/cup.svg}
                    titel: typo
                    mood: grumpy
                    ---
                    Body.
                    """);
            write("not-yaml.md", "---\ntitle: [unclosed\n---\nBody.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path content() {
        return root.resolve("site/content");
    }

    Path article(String relative) {
        return content().resolve("articles").resolve(relative);
    }

    void write(String relative, String text) throws IOException {
        Files.createDirectories(article(relative).getParent());
        Files.writeString(article(relative), text, StandardCharsets.UTF_8);
    }

    Path storeFile() {
        return root.resolve("cache/build/parsed-articles");
    }

    /** The site's article files as a scan finds them now, with their versions now. */
    List<SourceFile> articles() {
        Diagnostics diagnostics = new Diagnostics();
        return new SourceScanner(new DisplayPaths(root.resolve("site")))
                .scan(content(), root.resolve("site/templates"), diagnostics).ofKind(SourceKind.ARTICLE);
    }

    SourceFile articleFile(String relative) {
        return articles().stream().filter(file -> file.relative().equals(relative)).findFirst().orElseThrow();
    }

    /** The site's image sizes as they are now (read afresh: {@link ImageSizes} keeps what it read). */
    ImageSizes images() {
        return new ImageSizes(ScannedStaticFiles.in(content()), BASE_PATH);
    }

    ArticleParse parse(SourceFile file) {
        return new ArticleParser(ZoneId.of("Europe/London"), new MarkdownRenderer(BASE_PATH, false, images()),
                Optional.of(new Located<>("ada-byron", Position.ofFile("content/site.yaml")))).parse(file);
    }

    /** A store with a parse of every article, saved. */
    ParsedArticleStore savedStore() throws IOException {
        ParsedArticleStore store = ParsedArticleStore.empty(SETTINGS);
        for (SourceFile file : articles()) {
            store.put(file, ContentHash.of(file.path()), parse(file));
        }
        store.save(storeFile(), articles());
        return store;
    }

    ParsedArticleStore.Loaded load() {
        return ParsedArticleStore.load(storeFile(), SETTINGS);
    }
}
