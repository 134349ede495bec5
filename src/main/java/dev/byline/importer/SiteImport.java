package dev.byline.importer;

import dev.byline.build.BuildProgress;
import dev.byline.content.DateParser;
import dev.byline.content.Slugs;
import dev.byline.content.TemplateSyntax;
import dev.byline.diag.Diagnostic;
import dev.byline.model.Permalink;
import dev.byline.model.SitePaths;
import dev.byline.scaffold.Words;
import dev.byline.yaml.YamlScalars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a read Jekyll or Hugo site ({@link OldSite}) to the files of a Byline site, with the old site's own rules:
 * dates in its zone (a post's offset kept, a file name's date used when the front matter gives none), categories as
 * tags, excerpts and summaries as descriptions, unpublished posts and drafts as drafts, the lead image from the
 * keys themes use for it, writers as registry entries, and the template tags of bodies converted. A post is left
 * out only when it has no date to be found anywhere or its date is not a date.
 */
public final class SiteImport {

    private static final String ARTICLES = "content/articles/";
    private static final String STATIC = "content/static/";
    private static final List<String> DATE_KEYS = List.of("date", "publishDate", "publishdate", "pubdate");
    private static final List<String> UPDATED_KEYS = List.of("last_modified_at", "lastmod", "lastMod", "modified",
            "updated");
    private static final List<String> EXPIRES_KEYS = List.of("expiryDate", "expirydate", "expires");
    private static final List<String> IMAGE_KEYS = List.of("image", "images", "featured_image", "featured-image",
            "featuredImage", "cover", "thumbnail", "banner", "header.image", "header.teaser");
    private static final List<String> IMAGE_PATH_KEYS = List.of("src", "path", "url", "image", "feature");
    /** A date in a post's old address: {@code /2016/09/29/rust-1.12}. */
    private static final Pattern URL_DATE = Pattern.compile("(?:^|/)(\\d{4})/(\\d{2})/(\\d{2})/");
    /**
     * Where a body points at a file or a page: a Markdown link or image, a link reference definition
     * ({@code [1]: /x/}), or an HTML {@code src}/{@code href}.
     */
    private static final Pattern REFERENCE = Pattern.compile("(\\]\\(\\s*<?|(?m:^ {0,3}\\[[^\\]\\n]+]:[ \\t]*<?)"
            + "|(?:src|href)=[\"'])([^)\\s\"'>]+)");

    private final OldSite site;
    private final ZoneId zone;
    private final NewAuthors authors;
    private final List<Diagnostic> notes = new ArrayList<>();
    private final List<Diagnostic> failed = new ArrayList<>();
    private final Map<String, Path> copies = new TreeMap<>();
    private final Set<String> missingFiles = new HashSet<>();
    /** Every imported post's new address by its old ones (its address and aliases, as site paths). */
    private final Map<String, String> moved = new HashMap<>();

    private SiteImport(OldSite site) {
        this.site = site;
        this.zone = site.settings().zone();
        this.authors = new NewAuthors(site.authors());
    }

    /** Maps the whole site, telling {@code progress} of each post; the result is the files and the report. */
    public static Result run(OldSite site, BuildProgress progress) {
        return new SiteImport(site).run(progress);
    }

    /**
     * @param site   the files to write
     * @param report what the import did
     */
    public record Result(NewSite site, ImportReport report) {
    }

    /**
     * A post with the facts every other post's links need: its date, its slug and its new address ({@code url}, a
     * site path), with the old addresses that lead to it ({@code aliases}).
     */
    private record Placed(OldPost post, OldDate date, String slug, String url, List<String> aliases) {
        String file() {
            return ARTICLES + slug + ".md";
        }
    }

    private Result run(BuildProgress progress) {
        failed.addAll(site.unreadable());
        Placement placement = place();
        List<Placed> placed = placement.posts();
        LinkTargets links = new LinkTargets();
        placed.forEach(post -> links.add(post.post().file(), post.url()));
        for (Placed post : placed) {
            moved.put(site.urls().urlOf(post.post(), post.date()), post.url());
            site.urls().aliasesOf(post.post()).forEach(alias -> moved.putIfAbsent(alias, post.url()));
        }
        progress.stage("import", placed.size());
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> left = new ArrayList<>();
        List<OldAddress> addresses = new ArrayList<>();
        int converted = 0;
        int drafts = 0;
        boolean unsigned = false;
        for (Placed post : placed) {
            Article article = article(post, links);
            texts.put(post.file(), article.text());
            converted += article.body().converted();
            article.body().left().forEach(tag -> left.add(post.file() + ":" + (article.bodyLine() + tag.newLine())
                    + ": " + tag.text() + " (" + post.post().file() + ":" + (post.post().document().bodyLine()
                    + tag.line()) + ")"));
            drafts += article.draft() ? 1 : 0;
            unsigned |= article.unsigned();
            addresses.add(new OldAddress(post.file(), post.url(), site.urls().urlOf(post.post(),
                    post.date()), site.urls().aliasesOf(post.post())));
            progress.advanced();
        }
        String defaultAuthor = site.settings().author().isEmpty()
                ? unsigned ? authors.slugOf(site.settings().title()) : ""
                : authors.slugOf(site.settings().author());
        if (unsigned && site.settings().author().isEmpty()) {
            notes.add(Diagnostic.warning("content/site.yaml", 0, 0, "some posts name no writer: they are signed by "
                    + "\"" + site.settings().title() + "\" (author: in site.yaml); change it to a writer of "
                    + "content/authors/"));
        }
        if (site.settings().baseUrl().equals(SiteSettings.UNKNOWN_ADDRESS)) {
            notes.add(Diagnostic.warning("content/site.yaml", 0, 0, "the old settings give no address: baseUrl is "
                    + SiteSettings.UNKNOWN_ADDRESS + "; put the site's own there"));
        }
        Map<String, String> avatars = avatars();
        authors.files(avatars).forEach((slug, yaml) -> texts.put("content/authors/" + slug + ".yaml", yaml));
        texts.put("content/site.yaml", settings(defaultAuthor, placement.permalink()));
        ImportReport report = new ImportReport(site.generator(), site.posts().size() + site.unreadable().size(),
                placed.size(), drafts, authors.bySlug().size(), copies.size(), converted, List.copyOf(left),
                sorted(failed), sorted(notes), site.pagesLeft(), List.copyOf(addresses));
        texts.put(ImportReport.FILE, report.text());
        return new Result(new NewSite(texts, Map.copyOf(copies)), report);
    }

    /** The placed posts and the site's permalink pattern that places them. */
    private record Placement(List<Placed> posts, Permalink permalink) {
    }

    /**
     * Every post that has a date, with a slug no other post has, at its address by the permalink pattern that
     * keeps most old addresses.
     */
    private Placement place() {
        List<OldPost> dated = new ArrayList<>();
        List<OldDate> dates = new ArrayList<>();
        List<NewAddresses.Post> posts = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        String basePath = site.settings().basePath();
        for (OldPost post : site.posts()) {
            Optional<OldDate> date = date(post);
            if (date.isEmpty()) {
                continue;
            }
            dated.add(post);
            dates.add(date.get());
            List<String> aliases = site.urls().aliasesOf(post).stream().map(alias -> alias.substring(basePath
                    .length())).toList();
            String oldUrl = site.urls().urlOf(post, date.get()).substring(basePath.length());
            posts.add(new NewAddresses.Post(uniqueSlug(post, date.get(), oldUrl, slugs), ((DateParser.Parsed)
                    DateParser.parse(date.get().written(), zone)).date(), oldUrl, aliases));
        }
        NewAddresses.Addresses addresses = NewAddresses.of(posts, "content/site.yaml");
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            placed.add(new Placed(dated.get(i), dates.get(i), posts.get(i).slug(), addresses.urls().get(i),
                    addresses.aliases().get(i)));
        }
        return new Placement(placed, addresses.permalink());
    }

    /**
     * The post's slug: the last part of its old address when that is a slug as Byline writes them (so that a
     * permalink pattern can keep the address), else its own {@code slug} or file name's, made unique.
     */
    private String uniqueSlug(OldPost post, OldDate date, String oldUrl, Set<String> taken) {
        String path = oldUrl.replaceFirst("/$", "").replaceFirst("\\.html?$", "");
        String oldSlug = path.substring(path.lastIndexOf('/') + 1);
        String base = !oldSlug.isEmpty() && Slugs.slugify(oldSlug).equals(oldSlug) && !SitePaths.isYear(oldSlug)
                ? oldSlug
                : Slugs.slugify(post.values().text("slug").orElse(post.name()));
        if (base.isEmpty()) {
            base = Slugs.slugify(post.values().text("title").orElse("post"));
        }
        List<String> candidates = new ArrayList<>(List.of(base.isEmpty() ? "post" : base));
        if (!post.sections().isEmpty()) {
            candidates.add(Slugs.slugify(String.join("-", post.sections()) + "-" + candidates.get(0)));
        }
        candidates.add(candidates.get(0) + "-" + date.local().getYear());
        candidates.add(candidates.get(0) + "-" + date.local().toLocalDate());
        for (String candidate : candidates) {
            if (taken.add(candidate)) {
                return candidate;
            }
        }
        String last = candidates.get(candidates.size() - 1);
        for (int n = 2; ; n++) {
            if (taken.add(last + "-" + n)) {
                return last + "-" + n;
            }
        }
    }

    /**
     * The post's date: its front matter's, else its file name's, else the one in its old address, else (a draft
     * only) the day its file last changed; a failure, reported, when there is none or it is not a date.
     */
    private Optional<OldDate> date(OldPost post) {
        OldValues values = post.values();
        for (String key : DATE_KEYS) {
            Optional<String> written = values.text(key);
            if (written.isPresent()) {
                Optional<OldDate> date = OldDate.parse(written.get(), zone)
                        .filter(parsed -> DateParser.parse(parsed.written(), zone) instanceof DateParser.Parsed);
                if (date.isEmpty()) {
                    failed.add(Diagnostic.error(post.file(), post.document().lineOf(key), 0, key + " \""
                            + written.get() + "\" is not a date Byline can read; write it as " + DateParser.ACCEPTED
                            + " and import again"));
                }
                return date;
            }
        }
        Optional<OldDate> fromName = OldDate.parse(post.fileDate(), zone);
        if (fromName.isPresent()) {
            return fromName;
        }
        Optional<String> address = values.firstText("url", "path", "permalink");
        if (address.isPresent()) {
            Matcher inUrl = URL_DATE.matcher(address.get());
            if (inUrl.find()) {
                return OldDate.parse(inUrl.group(1) + "-" + inUrl.group(2) + "-" + inUrl.group(3), zone);
            }
        }
        if (isDraft(post)) {
            LocalDateTime changed = LocalDateTime.ofInstant(post.modified(), zone);
            return OldDate.parse(changed.toLocalDate().toString(), zone);
        }
        failed.add(Diagnostic.error(post.file(), post.document().firstLine(), 0, "the post has no date: neither "
                + "its front matter (date:) nor its file name (2024-05-01-title.md) gives one"));
        return Optional.empty();
    }

    private static boolean isDraft(OldPost post) {
        return post.draftFile() || post.values().bool("published").map(published -> !published).orElse(false)
                || post.values().bool("draft").orElse(false);
    }

    /**
     * One article's file.
     *
     * @param text     the whole file
     * @param body     the converted body
     * @param bodyLine the file's line where the body starts, less one
     * @param draft    whether it is a draft
     * @param unsigned whether it names no writer (site.yaml's author signs it)
     */
    private record Article(String text, BodyConversion body, int bodyLine, boolean draft, boolean unsigned) {
    }

    private Article article(Placed placed, LinkTargets links) {
        OldPost post = placed.post();
        OldValues values = post.values();
        StringBuilder yaml = new StringBuilder();
        if (post.document().unfenced()) {
            notes.add(Diagnostic.warning(post.file(), 1, 0, "the front matter has no opening --- line; its lines "
                    + "were read as front matter all the same"));
        }
        String title = values.text("title").orElseGet(() -> {
            notes.add(Diagnostic.warning(post.file(), post.document().firstLine(), 0, "no title: \""
                    + Words.capitalised(post.name()) + "\", from the file name, is the imported article's"));
            return Words.capitalised(post.name());
        });
        line(yaml, "title", YamlScalars.quoted(title));
        line(yaml, "date", placed.date().written());
        otherDate(post, UPDATED_KEYS).ifPresent(date -> line(yaml, "updated", date));
        otherDate(post, EXPIRES_KEYS).ifPresent(date -> line(yaml, "expires", date));
        List<String> writers = writers(values);
        if (writers.size() == 1) {
            line(yaml, "author", YamlScalars.plainOrQuoted(writers.get(0)));
        } else if (writers.size() > 1) {
            line(yaml, "authors", flowList(writers));
        }
        values.firstText("description", "excerpt", "summary")
                .ifPresent(text -> line(yaml, "description", YamlScalars.quoted(text.replaceAll("\\s+", " "))));
        List<String> tags = tags(post);
        if (!tags.isEmpty()) {
            line(yaml, "tags", flowList(tags));
        }
        boolean draft = isDraft(post);
        if (draft) {
            line(yaml, "draft", "true");
        }
        String bundleUrl = bundleFolder(placed);
        image(post, bundleUrl).ifPresent(image -> line(yaml, "image", image));
        if (!placed.aliases().isEmpty()) {
            line(yaml, "aliases", flowList(placed.aliases()));
        }
        BodyConversion body = BodyConversion.of(post.document().body(), site.syntax(), links);
        String text = withFiles(post, body.body(), bundleUrl);
        int bodyLine = (int) yaml.chars().filter(c -> c == '\n').count() + 2;
        return new Article("---\n" + yaml + "---\n" + text, body, bodyLine + 1, draft, writers.isEmpty());
    }

    private static void line(StringBuilder yaml, String key, String value) {
        yaml.append(key).append(": ").append(value).append('\n');
    }

    private static String flowList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlScalars::quoted).toList()) + "]";
    }

    private Optional<String> otherDate(OldPost post, List<String> keys) {
        for (String key : keys) {
            Optional<String> written = post.values().text(key);
            if (written.isPresent()) {
                Optional<OldDate> date = OldDate.parse(written.get(), zone);
                if (date.isEmpty()) {
                    notes.add(Diagnostic.warning(post.file(), post.document().lineOf(key), 0, key + " \""
                            + written.get() + "\" is not a date; left out"));
                }
                return date.map(OldDate::written);
            }
        }
        return Optional.empty();
    }

    /** The slugs of the post's writers: handles the old site describes, or names given. */
    private List<String> writers(OldValues values) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of("author", "authors")) {
            names.addAll(values.texts(key));
            values.values(key).text("name").ifPresent(names::add);
            values.valuesList(key).forEach(author -> author.text("name").ifPresent(names::add));
        }
        return names.stream().map(authors::slugOf).distinct().toList();
    }

    /** Tags and categories as the old site reads them, each once whatever its case. */
    private List<String> tags(OldPost post) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : site.tags().apply(post)) {
            if (!Slugs.slugify(tag).isEmpty()) {
                tags.putIfAbsent(Slugs.slugify(tag), tag);
            }
        }
        return List.copyOf(tags.values());
    }

    /**
     * Where a Hugo page bundle's files go: the folder of the post's old address, so that the files keep their old
     * addresses too ({@code /2016/09/29/rust-1.12/chart.png}); empty for a post that is no bundle.
     */
    private String bundleFolder(Placed placed) {
        if (placed.post().bundle() == null) {
            return "";
        }
        String old = site.urls().urlOf(placed.post(), placed.date())
                .substring(site.settings().basePath().length());
        String folder = old.endsWith("/") ? old : old.replaceFirst("\\.html?$", "") + "/";
        try (var files = Files.list(placed.post().bundle())) {
            files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().matches("(?i).*\\.(md|"
                    + "markdown)$")).sorted().forEach(file -> copies.put(STATIC + folder.substring(1)
                    + file.getFileName(), file));
        } catch (IOException e) {
            notes.add(Diagnostic.warning(placed.post().file(), 0, 0, "the files of this page bundle cannot be listed: "
                    + e.getMessage()));
        }
        return folder;
    }

    /** The lead image as site.yaml's image: key takes it, when the file is found (or is a web address). */
    private Optional<String> image(OldPost post, String bundleUrl) {
        OldValues values = post.values();
        for (String key : IMAGE_KEYS) {
            Optional<String> src = values.text(key).or(() -> values.texts(key).stream().findFirst());
            String alt = "";
            if (src.isEmpty()) {
                OldValues given = values.values(key);
                src = given.firstText(IMAGE_PATH_KEYS.toArray(String[]::new));
                alt = given.firstText("alt", "caption").orElse("");
            }
            if (src.isPresent()) {
                Optional<String> path = sitePath(src.get(), post, bundleUrl);
                if (path.isEmpty()) {
                    notes.add(Diagnostic.warning(post.file(), post.document().lineOf(key.replaceFirst("\\..*", "")),
                            0, key + " \"" + src.get() + "\" is not in the old site's files; the article has no "
                                    + "lead image"));
                    return Optional.empty();
                }
                return Optional.of(alt.isEmpty() ? YamlScalars.quoted(path.get())
                        : "{src: " + YamlScalars.quoted(path.get()) + ", alt: " + YamlScalars.quoted(alt) + "}");
            }
        }
        return Optional.empty();
    }

    /**
     * A file a post names, as the new site's path (copied into content/static/ on the way) or a web address;
     * empty when the old site has no such file.
     */
    private Optional<String> sitePath(String written, OldPost post, String bundleUrl) {
        String value = TemplateSyntax.appearsIn(written) ? TemplateSyntax.pathWithout(written) : written.strip();
        if (value.contains("://") || value.startsWith("//")) {
            return Optional.of(value);
        }
        String clean = value.replaceFirst("[?#].*$", "");
        if (!clean.startsWith("/") && post.bundle() != null && Files.isRegularFile(post.bundle().resolve(clean))) {
            return Optional.of(bundleUrl + clean);
        }
        return publicFile(clean.replaceFirst("^/+", ""));
    }

    /** A site path of the old site, copied when it is one of its files. */
    private Optional<String> publicFile(String relative) {
        String path = relative.startsWith(site.settings().basePath().replaceFirst("^/", "") + "/")
                && !site.settings().basePath().isEmpty()
                ? relative.substring(site.settings().basePath().length()) : relative;
        if (path.isEmpty() || path.contains("..") || path.matches("(?i).*\\.(md|markdown|html?)$")) {
            return Optional.empty();
        }
        for (Path root : site.publicRoots()) {
            Path file = root.resolve(path).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                copies.put(STATIC + path, file);
                return Optional.of("/" + path);
            }
        }
        return Optional.empty();
    }

    /**
     * The body with the files it names copied, a page bundle's own files (named relatively) pointed at their
     * place in content/static/, and links to an imported post's old address pointed at its new one.
     */
    private String withFiles(OldPost post, String body, String bundleUrl) {
        Matcher reference = REFERENCE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String target = reference.group(2);
            String replaced = target;
            Optional<String> movedTo = movedPost(target);
            if (movedTo.isPresent()) {
                replaced = movedTo.get();
            } else if (post.bundle() != null && !target.startsWith("/") && !target.contains(":") && !target.startsWith("#")
                    && Files.isRegularFile(post.bundle().resolve(target.replaceFirst("[?#].*$", "")))) {
                replaced = bundleUrl + target;
            } else if (target.startsWith("/") && !target.startsWith("//")) {
                String path = target.replaceFirst("[?#].*$", "").replaceFirst("^/+", "");
                if (publicFile(path).isEmpty() && path.matches("(?i).*\\.(png|jpe?g|gif|svg|webp|avif|pdf)$")
                        && missingFiles.add(path)) {
                    notes.add(Diagnostic.warning(post.file(), 0, 0, "/" + path + " is not in the old site's files: "
                            + "the imported article links to it all the same"));
                }
            }
            reference.appendReplacement(out, Matcher.quoteReplacement(reference.group(1) + replaced));
        }
        reference.appendTail(out);
        return out.toString();
    }

    /**
     * The new address of the post a link names by its old address, a site path or a full address on the old
     * site's host, with or without its final slash; the link's {@code #part} kept.
     */
    private Optional<String> movedPost(String target) {
        String origin = site.settings().baseUrl().replaceFirst("^(https?://[^/]+).*$", "$1");
        String host = origin.replaceFirst("^https?://", "");
        String path = target.matches("(?i)https?://" + Pattern.quote(host) + "(/.*)?")
                ? target.replaceFirst("(?i)^https?://" + Pattern.quote(host), "")
                : target.startsWith("/") && !target.startsWith("//") ? target : "";
        if (path.isEmpty()) {
            return Optional.empty();
        }
        int end = path.replaceFirst("[?#].*$", "").length();
        String base = path.substring(0, end);
        String other = base.endsWith("/") ? base.substring(0, base.length() - 1) : base + "/";
        String found = moved.containsKey(base) ? moved.get(base) : moved.get(other);
        return Optional.ofNullable(found).map(url -> url + path.substring(end).replaceFirst("^\\?[^#]*", ""));
    }

    /** Every writer's picture, copied, by slug; one not found is noted and left out. */
    private Map<String, String> avatars() {
        Map<String, String> avatars = new TreeMap<>();
        authors.bySlug().forEach((slug, author) -> {
            if (author.avatar().isEmpty()) {
                return;
            }
            String value = TemplateSyntax.appearsIn(author.avatar()) ? TemplateSyntax.pathWithout(author.avatar())
                    : author.avatar();
            Optional<String> path = value.contains("://") || value.startsWith("//") ? Optional.of(value)
                    : publicFile(value.replaceFirst("^/+", ""));
            if (path.isPresent()) {
                avatars.put(slug, path.get());
            } else {
                notes.add(Diagnostic.warning("content/authors/" + slug + ".yaml", 0, 0, "the picture " + value
                        + " is not in the old site's files; left out"));
            }
        });
        return avatars;
    }

    private String settings(String defaultAuthor, Permalink permalink) {
        OldSettings settings = site.settings();
        StringBuilder yaml = new StringBuilder("# Imported from ").append(site.generator())
                .append(" by byline import: see ").append(ImportReport.FILE).append(" beside content/.\n");
        line(yaml, "title", YamlScalars.quoted(settings.title()));
        if (!settings.description().isEmpty()) {
            line(yaml, "description", YamlScalars.quoted(settings.description()));
        }
        line(yaml, "baseUrl", YamlScalars.quoted(settings.baseUrl()));
        if (!settings.language().isEmpty()) {
            line(yaml, "language", YamlScalars.plainOrQuoted(settings.language().replace('_', '-')));
        }
        line(yaml, "timezone", YamlScalars.plainOrQuoted(zone.getId()));
        if (settings.paginate() > 0) {
            line(yaml, "paginate", String.valueOf(settings.paginate()));
        }
        if (!permalink.isStandard()) {
            yaml.append("# the old site's addresses of its posts\n");
            line(yaml, "permalink", YamlScalars.quoted(permalink.pattern()));
        }
        if (!defaultAuthor.isEmpty()) {
            line(yaml, "author", YamlScalars.plainOrQuoted(defaultAuthor));
        }
        if (settings.allowRawHtml()) {
            yaml.append("# ").append(site.generator()).append(" showed HTML written in posts; so does this site\n");
            line(yaml, "allowRawHtml", "true");
        }
        return yaml.toString();
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().sorted().toList();
    }
}
