package dev.byline.importer.hugo;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a Hugo site as Hugo does: its settings ({@code hugo.toml}, {@code config.toml}, the YAML and JSON ones, or
 * the files of {@code config/_default/}), every Markdown page under {@code content/} (a page bundle's
 * {@code index.md} with the files beside it; a section's {@code _index.md} is not a post), and the writers of
 * {@code data/authors}. Settings keys are read whatever their case, as Hugo reads them.
 */
public final class HugoSiteReader {

    private static final List<String> CONFIG_NAMES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");
    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");
    private static final Pattern MARKDOWN = Pattern.compile("(?i)(.+)\\.(md|markdown)");

    private HugoSiteReader() {
    }

    public static SiteReading read(Path root) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<OldValues> config = config(root, problems);
        if (config.isEmpty()) {
            return new SiteReading.NotASite(root + " is not a Hugo site: it has no hugo.toml, config.toml (or YAML "
                    + "or JSON of the same names) and no config/_default/ folder");
        }
        OldValues settings = config.get();
        String baseUrl = SiteSettings.baseUrl(settings.text("baseurl").orElse(""), "");
        String basePath = settings.text("baseurl").map(SiteSettings::basePath).orElse("");
        OldValues params = settings.values("params");
        OldSettings site = new OldSettings(
                settings.text("title").orElse(root.toAbsolutePath().normalize().getFileName().toString()),
                params.firstText("description", "subtitle").or(() -> settings.text("description")).orElse(""),
                baseUrl,
                basePath,
                settings.firstText("languagecode", "defaultcontentlanguage").orElse(""),
                SiteSettings.zone(settings.text("timezone").orElse(""), "hugo settings", problems::add),
                settings.integer("pagination.pagersize").or(() -> settings.integer("paginate")).orElse(0),
                params.text("author").or(() -> params.values("author").text("name"))
                        .or(() -> settings.values("author").text("name")).orElse(""),
                settings.bool("markup.goldmark.renderer.unsafe").orElse(false));
        Path content = root.resolve(settings.text("contentdir").orElse("content"));
        List<OldPost> posts = new ArrayList<>();
        List<String> pagesLeft = new ArrayList<>();
        List<Path> files = OldFiles.under(content);
        Set<Path> bundles = new HashSet<>();
        files.stream().filter(file -> file.getFileName().toString().matches("(?i)index\\.(md|markdown)"))
                .forEach(file -> bundles.add(file.getParent()));
        for (Path file : files) {
            String name = file.getFileName().toString();
            Matcher markdown = MARKDOWN.matcher(name);
            if (!markdown.matches() || insideBundle(file, bundles)) {
                continue;
            }
            if (markdown.group(1).equals("_index")) {
                pagesLeft.add(OldFiles.display(root, file) + " (a section's page)");
                continue;
            }
            boolean bundle = markdown.group(1).equals("index");
            Path folder = bundle ? file.getParent() : file;
            String base = bundle ? folder.getFileName().toString() : markdown.group(1);
            if (folder.equals(content)) {
                pagesLeft.add(OldFiles.display(root, file) + " (the home page)");
                continue;
            }
            List<String> sections = new ArrayList<>();
            content.relativize(folder.getParent()).forEach(part -> sections.add(part.toString()));
            sections.removeIf(String::isEmpty);
            Matcher dated = DATED_NAME.matcher(base);
            String fileDate = dated.matches() ? dated.group(1) : "";
            String postName = dated.matches() ? dated.group(2) : base;
            Optional<OldDocument> document = OldFiles.document(root, file, problems::add);
            if (document.isPresent() && isPage(document.get().values(), fileDate, sections)) {
                pagesLeft.add(OldFiles.display(root, file) + (sections.isEmpty() ? " (a page at the top of "
                        + "content/ with no date, not a post)" : " (no title and no date: a template's page)"));
            } else {
                document.ifPresent(read -> posts.add(new OldPost(OldFiles.display(root, file), read, fileDate,
                        postName, List.copyOf(sections), bundle ? folder : null, false, OldFiles.modified(file))));
            }
        }
        List<Path> publicRoots = settings.texts("staticdir").stream().map(root::resolve).toList();
        HugoUrls urls = new HugoUrls(permalinks(settings), !settings.bool("disablepathtolower").orElse(false),
                settings.bool("uglyurls").orElse(false), basePath);
        return new SiteReading.Read(new OldSite("Hugo", root, site, urls, new Shortcodes(),
                post -> concat(post.values().texts("tags"), post.values().texts("categories")),
                posts, authors(root, problems), publicRoots.isEmpty() ? List.of(root.resolve("static"))
                : publicRoots, List.copyOf(pagesLeft), List.copyOf(problems)));
    }

    /**
     * A page that gives no date is not a post when it is at the top of content/ (an About page) or has no title
     * either (a page a template fills, such as a list of the latest releases).
     */
    private static boolean isPage(OldValues values, String fileDate, List<String> sections) {
        return (sections.isEmpty() || !values.has("title")) && fileDate.isEmpty() && Stream.of("date", "publishdate", "publishDate", "pubdate").noneMatch(values::has)
                && !values.firstText("url", "path").orElse("").matches(".*\\d{4}/\\d{2}/\\d{2}/.*");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static boolean insideBundle(Path file, Set<Path> bundles) {
        for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
            if (bundles.contains(folder)) {
                return !file.getParent().equals(folder)
                        || !file.getFileName().toString().matches("(?i)index\\.(md|markdown)");
            }
        }
        return false;
    }

    /** The settings file at the top, or the files of config/_default/ as one (params.toml as params, ...). */
    private static Optional<OldValues> config(Path root, List<Diagnostic> problems) throws IOException {
        Optional<Path> file = OldFiles.first(root, CONFIG_NAMES.toArray(String[]::new));
        if (file.isPresent()) {
            return Optional.of(lowerCased(OldFiles.values(root, file.get(), problems::add).orElse(OldValues.EMPTY)));
        }
        Path folder = root.resolve("config/_default");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Path part : OldFiles.under(folder)) {
            String name = part.getFileName().toString().replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT);
            OldFiles.values(root, part, problems::add).ifPresent(values -> {
                if (name.equals("hugo") || name.equals("config")) {
                    merged.putAll(values.map());
                } else {
                    merged.put(name, values.map());
                }
            });
        }
        return Optional.of(lowerCased(new OldValues(merged)));
    }

    /** Hugo's settings keys are case-insensitive: {@code baseURL} is {@code baseurl}. */
    private static OldValues lowerCased(OldValues values) {
        Map<String, Object> lower = new LinkedHashMap<>();
        values.map().forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT),
                value instanceof Map<?, ?> map ? lowerCased(copy(map)).map() : value));
        return new OldValues(lower);
    }

    private static OldValues copy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return new OldValues(copy);
    }

    /** Each section's pattern: {@code [permalinks]} as sections, or its {@code page} table (Hugo 0.120 on). */
    private static Map<String, String> permalinks(OldValues settings) {
        OldValues given = settings.values("permalinks");
        OldValues pages = given.values("page");
        OldValues patterns = pages.isEmpty() ? given : pages;
        Map<String, String> bySection = new LinkedHashMap<>();
        patterns.map().forEach((section, pattern) -> {
            if (pattern instanceof String text) {
                bySection.put(section.equals("/") ? "" : section, text);
            }
        });
        return bySection;
    }

    private static List<OldAuthor> authors(Path root, List<Diagnostic> problems) {
        return OldFiles.first(root.resolve("data"), "authors.yaml", "authors.yml", "authors.toml", "authors.json")
                .flatMap(file -> OldFiles.values(root, file, problems::add)).map(OldAuthors::fromData)
                .orElse(List.of());
    }
}
