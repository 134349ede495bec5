package dev.byline.importer.jekyll;

import dev.byline.diag.Diagnostic;
import dev.byline.importer.OldAuthor;
import dev.byline.importer.OldAuthors;
import dev.byline.importer.OldDocument;
import dev.byline.importer.OldFiles;
import dev.byline.importer.OldPost;
import dev.byline.importer.OldSettings;
import dev.byline.importer.OldSite;
import dev.byline.importer.OldValues;
import dev.byline.importer.SiteReading;
import dev.byline.importer.SiteSettings;
import dev.byline.importer.StructuredText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Jekyll site as Jekyll does: {@code _config.yml}, the posts of {@code _posts/} (and of
 * {@code <category>/_posts/}, whose folders are categories), {@code _drafts/}, and the writers of {@code _authors/}
 * and {@code _data/authors.yml}.
 */
public final class JekyllSiteReader {

    /** A post's file name: its date, its name, a Markdown extension. */
    private static final Pattern POST_NAME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)\\.(md|markdown|mkd|"
            + "mkdn|mdown)");
    private static final Pattern DRAFT_NAME = Pattern.compile("(?:(\\d{4}-\\d{1,2}-\\d{1,2})-)?(.+)\\.(md|markdown|"
            + "mkd|mkdn|mdown)");

    private JekyllSiteReader() {
    }

    /** The site, or why the folder is not one (a usage problem: nothing was read). */
    public static SiteReading read(Path root) throws IOException {
        Optional<Path> config = OldFiles.first(root, "_config.yml", "_config.yaml", "_config.toml");
        if (config.isEmpty() && !Files.isDirectory(root.resolve("_posts"))) {
            return new SiteReading.NotASite(root + " is not a Jekyll site: it has no _config.yml and no _posts/ "
                    + "folder");
        }
        List<Diagnostic> problems = new ArrayList<>();
        OldValues settings = config.flatMap(file -> OldFiles.values(root, file, problems::add))
                .orElse(OldValues.EMPTY);
        String basePath = settings.text("baseurl").map(path -> "/" + path.replaceFirst("^/+", "")
                .replaceFirst("/+$", "")).filter(path -> !path.equals("/")).orElse("");
        OldSettings site = new OldSettings(
                settings.text("title").orElse(root.toAbsolutePath().normalize().getFileName().toString()),
                settings.firstText("description", "tagline").orElse(""),
                SiteSettings.baseUrl(settings.text("url").orElse(""), basePath),
                basePath,
                settings.firstText("lang", "locale", "language").orElse(""),
                SiteSettings.zone(settings.text("timezone").orElse(""), "_config.yml",
                        problems::add),
                settings.integer("paginate").orElse(0),
                settings.text("author").or(() -> settings.values("author").text("name")).orElse(""),
                true);
        List<OldPost> posts = new ArrayList<>();
        for (Path file : OldFiles.under(root)) {
            String path = OldFiles.display(root, file);
            post(root, file, path, problems).ifPresent(posts::add);
        }
        return new SiteReading.Read(new OldSite("Jekyll", root, site,
                new JekyllUrls(settings.text("permalink").orElse(""), basePath), new LiquidTags(),
                JekyllSiteReader::tags, posts, authors(root, problems), List.of(root), List.of(),
                List.copyOf(problems)));
    }

    /** A post of {@code _posts/} or {@code _drafts/}, at any depth below them; empty for every other file. */
    private static Optional<OldPost> post(Path root, Path file, String path, List<Diagnostic> problems) {
        List<String> parts = List.of(path.split("/"));
        int posts = parts.indexOf("_posts");
        boolean draft = posts < 0 && parts.get(0).equals("_drafts");
        if (posts < 0 && !draft) {
            return Optional.empty();
        }
        String fileName = parts.get(parts.size() - 1);
        Matcher name = (draft ? DRAFT_NAME : POST_NAME).matcher(fileName);
        if (!name.matches()) {
            return Optional.empty(); // Jekyll reads neither: an image, or a file without a date in _posts/
        }
        List<String> categories = draft ? List.of() : parts.subList(0, posts);
        Optional<OldDocument> document = OldFiles.document(root, file, problems::add);
        return document.map(read -> new OldPost(path, read, name.group(1) == null ? "" : name.group(1),
                name.group(2), categories, null, draft, OldFiles.modified(file)));
    }

    /** Tags (a text is split at spaces, as Jekyll does), then categories. */
    static List<String> tags(OldPost post) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : post.values().texts("tags")) {
            tags.addAll(post.values().value("tags").filter(value -> value instanceof String).isPresent()
                    ? List.of(tag.split("\\s+")) : List.of(tag));
        }
        tags.addAll(JekyllUrls.categories(post));
        return List.copyOf(tags);
    }

    /** The writers of {@code _data/authors.*} and of {@code _authors/} (one file each, named by handle). */
    private static List<OldAuthor> authors(Path root, List<Diagnostic> problems) throws IOException {
        List<OldAuthor> authors = new ArrayList<>();
        OldFiles.first(root.resolve("_data"), "authors.yml", "authors.yaml", "authors.json", "authors.toml")
                .flatMap(file -> OldFiles.values(root, file, problems::add))
                .ifPresent(data -> authors.addAll(OldAuthors.fromData(data)));
        for (Path file : OldFiles.under(root.resolve("_authors"))) {
            String name = file.getFileName().toString();
            if (!name.matches("(?i).*\\.(md|markdown|ya?ml)$")) {
                continue;
            }
            Optional<OldDocument> document = name.matches("(?i).*\\.ya?ml$")
                    ? OldFiles.values(root, file, problems::add).map(values -> new OldDocument(values, "",
                    StructuredText.Syntax.YAML, 1, "", 1, false))
                    : OldFiles.document(root, file, problems::add);
            document.ifPresent(read -> {
                String handle = read.values().firstText("short_name", "username", "handle")
                        .orElse(name.replaceFirst("\\.[^.]+$", ""));
                authors.add(OldAuthors.of(handle, read.values(), read.body()));
            });
        }
        return authors;
    }
}
