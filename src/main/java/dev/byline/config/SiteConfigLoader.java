package dev.byline.config;

import dev.byline.source.TextDecoder;
import dev.byline.content.ImageSizes;
import dev.byline.content.Slugs;
import dev.byline.content.StaticFiles;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.diag.Suggestions;
import dev.byline.model.NavLink;
import dev.byline.model.Permalink;
import dev.byline.model.Policy;
import dev.byline.model.SiteConfig;
import dev.byline.model.SocialImage;
import dev.byline.model.ThemeSettings;
import dev.byline.model.WorkType;
import dev.byline.model.WorkTypeSettings;
import dev.byline.model.WorkTypes;
import dev.byline.source.SourceFile;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlMap;
import dev.byline.yaml.YamlReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code content/site.yaml} into a {@link SiteConfig}, with defaults for everything but title and baseUrl. */
public final class SiteConfigLoader {

    static final List<String> KEYS = List.of("title", "description", "baseUrl", "language", "timezone", "paginate",
            "publisher", "allowRawHtml", "opinionLabel", "disclaimer", "feedSize", "relativeUrls", "twitter", "logo",
            "copyright", "accent", "accentDark", "nav", "author", "policies", "types", "letters", "image",
            "permalink", "hub", "news");
    static final List<String> TYPE_KEYS = List.of("label", "title", "disclaimer", "list");
    static final List<String> LETTER_KEYS = List.of("maxWords");
    static final List<String> IMAGE_KEYS = List.of("src", "alt");
    static final List<String> NEWS_KEYS = List.of("name");
    private static final String HUB_EXAMPLE = "https://pubsubhubbub.appspot.com/";
    /** Upper bound for letters' maxWords: a limit above this is a typo. */
    private static final int MAX_LETTER_WORDS = 100_000;
    static final List<String> NAV_KEYS = List.of("title", "url");
    private static final String NAV_EXAMPLE = "- {title: Campus, url: /tags/campus/}";
    static final List<String> POLICY_KEYS = Arrays.stream(Policy.Kind.values()).map(Policy.Kind::key).toList();
    static final int DEFAULT_PAGINATE = 10;
    static final int DEFAULT_FEED_SIZE = 20;
    /** Upper bound for paginate and feedSize: a page or feed larger than this is a typo, not a wish. */
    private static final int MAX_PER_PAGE = 1000;

    private SiteConfigLoader() {
    }

    /**
     * @param staticFiles     the site's own files, one of which the {@code logo} must be when it names one
     * @param baseUrlOverride a base URL from the command line, which wins over site.yaml; {@code null} for none
     */
    public static Optional<SiteConfig> load(SourceFile file, StaticFiles staticFiles, String baseUrlOverride,
                                            Diagnostics diagnostics) {
        Optional<String> text = TextDecoder.read(file, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlMap> yaml = YamlReader.readMapping(text.get(), file.display(), 0, diagnostics);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = yaml.get();
        map.warnUnknownKeys(KEYS);
        Optional<Located<String>> title = map.requiredText("title", "title: \"The Campus Opinion\"");
        Optional<String> baseUrl = baseUrlOverride != null
                ? baseUrl(baseUrlOverride, new Position("--base-url", 0, 0), diagnostics)
                : map.requiredText("baseUrl", "baseUrl: https://example.org/")
                        .flatMap(url -> baseUrl(url.value(), url.position(), diagnostics));
        String description = map.text("description").map(Located::value).orElse("");
        String language = map.text("language").map(tag -> LanguageTag.check(tag, diagnostics)).orElse("en");
        Optional<ZoneId> timezone = map.text("timezone")
                .map(zone -> zone(zone, diagnostics))
                .orElse(Optional.of(ZoneId.of("UTC")));
        int paginate = map.integer("paginate").map(value -> count("paginate", "articles per page", value,
                diagnostics)).orElse(DEFAULT_PAGINATE);
        int feedSize = map.integer("feedSize").map(value -> count("feedSize", "entries per feed", value,
                diagnostics)).orElse(DEFAULT_FEED_SIZE);
        boolean allowRawHtml = map.bool("allowRawHtml").orElse(false);
        boolean relativeUrls = map.bool("relativeUrls").orElse(false);
        String opinionLabel = map.text("opinionLabel").map(Located::value).orElse("Opinion");
        String disclaimer = map.text("disclaimer").map(Located::value).orElse("").strip();
        String twitter = map.text("twitter").map(Located::value).orElse("").strip();
        Optional<Located<String>> logo = map.text("logo").filter(value -> !value.value().isBlank())
                .map(value -> new Located<>(value.value().strip(), value.position()));
        logo.ifPresent(written -> staticFiles.checkExists("logo", written, diagnostics));
        SocialImage image = image(map, staticFiles, diagnostics);
        String copyright = map.text("copyright").map(Located::value).orElse("").strip();
        ThemeSettings theme = theme(map, diagnostics);
        String author = map.text("author").map(Located::value).orElse("").strip();
        List<Policy> policies = map.mapping("policies").map(given -> policies(given, diagnostics)).orElse(List.of());
        WorkTypes types = types(map, opinionLabel, disclaimer, diagnostics);
        int letterMaxWords = map.mapping("letters").flatMap(letters -> {
            letters.warnUnknownKeys(LETTER_KEYS);
            return letters.integer("maxWords");
        }).map(value -> letterMaxWords(value, diagnostics)).orElse(0);
        List<String> hubs = hubs(map, diagnostics);
        String newsName = map.mapping("news").flatMap(news -> {
            news.warnUnknownKeys(NEWS_KEYS);
            return news.text("name");
        }).map(name -> name.value().strip()).orElse("");
        Optional<Permalink> permalink = map.text("permalink").map(written -> permalink(written, diagnostics))
                .orElse(Optional.of(Permalink.standard(file.display())));
        if (title.isEmpty() || baseUrl.isEmpty() || timezone.isEmpty() || permalink.isEmpty()) {
            return Optional.empty();
        }
        String publisher = map.text("publisher").map(Located::value).orElse(title.get().value());
        return Optional.of(new SiteConfig(title.get().value(), description, baseUrl.get(), language, timezone.get(),
                paginate, publisher, allowRawHtml, opinionLabel, disclaimer, feedSize, relativeUrls, twitter,
                logo.map(Located::value).orElse(""), copyright, theme, author, types, letterMaxWords, policies, image,
                permalink.get(), hubs, newsName));
    }

    /**
     * {@code hub:}, the WebSub hubs the feeds name, so that readers hear of a new article at once: one web address
     * or a list of them, each an absolute http(s) URL.
     */
    private static List<String> hubs(YamlMap map, Diagnostics diagnostics) {
        List<Located<String>> written = map.kindOf("hub") == YamlMap.ValueKind.LIST
                ? map.textList("hub", "[" + HUB_EXAMPLE + "]").orElse(List.of())
                : map.text("hub", "a hub's web address (hub: " + HUB_EXAMPLE + ") or a list of them").stream()
                        .toList();
        List<String> hubs = new ArrayList<>();
        for (Located<String> hub : written) {
            String value = hub.value().strip();
            if (isHttpUrl(value)) {
                hubs.add(value);
            } else {
                diagnostics.add(hub.position().error("hub \"" + value + "\" is not an absolute web address; write "
                        + "the WebSub hub's address in full, such as hub: " + HUB_EXAMPLE));
            }
        }
        return hubs;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The default social card: {@code image: /images/card.png}, or {@code image: {src: ..., alt: ...}} to give
     * the text that says what it shows. A site file must exist; its size is read when it is a PNG or JPEG (or any
     * picture the JDK reads), so that link previews can be laid out before the picture arrives.
     */
    private static SocialImage image(YamlMap map, StaticFiles staticFiles, Diagnostics diagnostics) {
        Optional<YamlMap> mapping = map.kindOf("image") == YamlMap.ValueKind.MAPPING ? map.mapping("image")
                : Optional.empty();
        mapping.ifPresent(given -> given.warnUnknownKeys(IMAGE_KEYS));
        Optional<Located<String>> src = mapping.isPresent()
                ? mapping.get().requiredText("src", "src: /images/card.png")
                : map.text("image", "a picture's site path or web address (image: /images/card.png), or src and alt "
                        + "(image: {src: /images/card.png, alt: \"What the card shows\"})");
        Optional<Located<String>> written = src.filter(value -> !value.value().isBlank())
                .map(value -> new Located<>(value.value().strip(), value.position()));
        if (written.isEmpty()) {
            return SocialImage.NONE;
        }
        staticFiles.checkExists("image", written.get(), diagnostics);
        String alt = mapping.flatMap(given -> given.text("alt")).map(value -> value.value().strip()).orElse("");
        Optional<ImageSizes.Size> size = staticFiles.file(written.get().value()).flatMap(ImageSizes::sizeOf);
        return new SocialImage(written.get().value(), alt, size.map(ImageSizes.Size::width).orElse(0),
                size.map(ImageSizes.Size::height).orElse(0));
    }

    /**
     * The policies under {@code policies:}, each a page's slug or a web address. Whether a page has the slug is
     * checked when the pages are assembled ({@link dev.byline.assemble.SitePages}).
     */
    private static List<Policy> policies(YamlMap given, Diagnostics diagnostics) {
        given.warnUnknownKeys(POLICY_KEYS);
        List<Policy> policies = new ArrayList<>();
        for (Policy.Kind kind : Policy.Kind.values()) {
            given.text(kind.key()).filter(value -> !value.value().isBlank())
                    .map(value -> new Policy(kind, value.value().strip(), value.position()))
                    .filter(policy -> isPolicyTarget(policy, diagnostics))
                    .ifPresent(policies::add);
        }
        return policies;
    }

    /** A page's slug, or a full web address; reports anything else. */
    private static boolean isPolicyTarget(Policy policy, Diagnostics diagnostics) {
        String target = policy.target();
        if (policy.isPage() ? Slugs.isValid(target) : isWebAddress(target)) {
            return true;
        }
        String slug = Slugs.slugify(target.replaceFirst("^/+", ""));
        diagnostics.add(policy.written().error("policies: " + policy.kind().key() + " \"" + target + "\" must be "
                + "the slug of a page in content/pages/ (such as ethics-policy, for the page at /ethics-policy/) or a "
                + "full web address (https://...)"
                + (policy.isPage() && !target.contains(":") && !slug.isEmpty() ? "; try " + slug : "")));
        return false;
    }

    private static boolean isWebAddress(String value) {
        try {
            return new URI(value).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * {@code types:}, per type of work its {@code label} (the kicker), {@code title} (the heading of its list page:
     * the label when only that is given), {@code disclaimer} (in place of the site's; empty for none) and
     * {@code list} (whether it gets a list page).
     */
    private static WorkTypes types(YamlMap map, String opinionLabel, String disclaimer, Diagnostics diagnostics) {
        WorkTypes defaults = WorkTypes.defaults(opinionLabel, disclaimer);
        Optional<YamlMap> types = map.mapping("types");
        if (types.isEmpty()) {
            return defaults;
        }
        Map<WorkType, WorkTypeSettings> settings = new EnumMap<>(defaults.settings());
        for (String name : types.get().keys()) {
            Optional<WorkType> type = WorkType.byId(name);
            if (type.isEmpty()) {
                String nearest = Suggestions.nearest(name, WorkType.ids()).map(id -> " (did you mean " + id + "?)")
                        .orElse("");
                diagnostics.add(types.get().keyPosition(name).error("types: \"" + name + "\" is not a type of work "
                        + "Byline knows; use one of " + String.join(", ", WorkType.ids()) + nearest));
                continue;
            }
            WorkTypeSettings before = settings.get(type.get());
            types.get().mapping(name).ifPresent(given -> {
                given.warnUnknownKeys(TYPE_KEYS);
                Optional<String> label = given.text("label").map(value -> value.value().strip())
                        .filter(value -> !value.isEmpty());
                Optional<String> title = given.text("title").map(value -> value.value().strip())
                        .filter(value -> !value.isEmpty());
                settings.put(type.get(), new WorkTypeSettings(label.orElse(before.label()),
                        title.or(() -> label).orElse(before.title()),
                        given.text("disclaimer").map(value -> value.value().strip()).orElse(before.disclaimer()),
                        given.bool("list").orElse(before.listed())));
            });
        }
        return new WorkTypes(settings);
    }

    private static int letterMaxWords(Located<Long> value, Diagnostics diagnostics) {
        if (value.value() < 1 || value.value() > MAX_LETTER_WORDS) {
            diagnostics.add(value.position().error("letters maxWords must be between 1 and " + MAX_LETTER_WORDS
                    + " (the most words a letter should have), found " + value.value()));
            return 0;
        }
        return value.value().intValue();
    }

    /** An absolute http(s) URL, normalised to end with a slash so that paths can be appended. */
    static Optional<String> baseUrl(String value, Position position, Diagnostics diagnostics) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                String url = uri.toString();
                return Optional.of(url.endsWith("/") ? url : url + "/");
            }
        } catch (URISyntaxException e) {
            // reported below with the accepted form
        }
        diagnostics.add(position.error("baseUrl \"" + value + "\" is not an absolute web address; write it as "
                + "https://example.org/ or https://example.org/opinion/"));
        return Optional.empty();
    }

    /** The accent colours (a dark one made from the light one when not given) and the extra navigation links. */
    private static ThemeSettings theme(YamlMap map, Diagnostics diagnostics) {
        String accent = colour(map, "accent", diagnostics).orElse("");
        String accentDark = colour(map, "accentDark", diagnostics)
                .orElse(accent.isEmpty() ? "" : Colours.halfwayToWhite(accent));
        List<NavLink> nav = map.mappingList("nav", NAV_EXAMPLE)
                .map(items -> navLinks(items, diagnostics))
                .orElse(List.of());
        return new ThemeSettings(accent, accentDark, nav);
    }

    /** A colour as {@code "#rrggbb"} or {@code "#rgb"}; empty when absent or blank (the theme's own colour). */
    private static Optional<String> colour(YamlMap map, String key, Diagnostics diagnostics) {
        if (map.has(key) && map.kindOf(key) == YamlMap.ValueKind.ABSENT) {
            // Most likely `accent: #9b2226` without quotes, which YAML reads as an empty value and a comment.
            diagnostics.add(map.positionOf(key).error(key + " has no value; write the colour in quotes, such as "
                    + key + ": \"#9b2226\" (without them, # starts a comment)"));
            return Optional.empty();
        }
        return map.text(key).filter(value -> !value.value().isBlank()).flatMap(value -> {
            Optional<String> hex = Colours.hex(value.value().strip());
            if (hex.isEmpty()) {
                diagnostics.add(value.position().error(key + " \"" + value.value() + "\" is not a colour; write it as "
                        + "\"#rrggbb\" or \"#rgb\", such as " + key + ": \"#9b2226\""));
            }
            return hex;
        });
    }

    private static List<NavLink> navLinks(List<YamlMap> items, Diagnostics diagnostics) {
        List<NavLink> links = new ArrayList<>();
        for (YamlMap item : items) {
            item.warnUnknownKeys(NAV_KEYS);
            Optional<Located<String>> title = item.requiredText("title", "title: Campus");
            Optional<Located<String>> url = item.requiredText("url", "url: /tags/campus/")
                    .filter(value -> isNavUrl(value, diagnostics));
            if (title.isPresent() && url.isPresent()) {
                links.add(new NavLink(title.get().value().strip(), url.get().value().strip()));
            }
        }
        return links;
    }

    /** A site path ({@code /tags/campus/}) or a web address; reports anything else. */
    private static boolean isNavUrl(Located<String> url, Diagnostics diagnostics) {
        String value = url.value().strip();
        String lower = value.toLowerCase(Locale.ROOT);
        boolean sitePath = value.startsWith("/") && !value.startsWith("//");
        if (sitePath || lower.startsWith("https://") || lower.startsWith("http://")) {
            return true;
        }
        diagnostics.add(url.position().error("nav url \"" + value + "\" must be a site path starting with / (such "
                + "as /tags/campus/) or a full web address (https://...)"));
        return false;
    }

    /** {@code permalink: /:year/:month/:slug/}: where articles' pages live ({@link Permalink#problem}). */
    private static Optional<Permalink> permalink(Located<String> written, Diagnostics diagnostics) {
        String pattern = written.value().strip();
        Optional<String> problem = Permalink.problem(pattern);
        problem.ifPresent(words -> diagnostics.add(written.position().error("permalink \"" + pattern + "\": "
                + words)));
        return problem.isEmpty() ? Optional.of(new Permalink(pattern, written.position())) : Optional.empty();
    }

    private static Optional<ZoneId> zone(Located<String> zone, Diagnostics diagnostics) {
        try {
            return Optional.of(ZoneId.of(zone.value()));
        } catch (DateTimeException e) {
            diagnostics.add(zone.position().error("timezone \"" + zone.value() + "\" is not a time zone; use a "
                    + "region name such as America/New_York or Europe/London, or UTC"));
            return Optional.empty();
        }
    }

    private static int count(String key, String meaning, Located<Long> value, Diagnostics diagnostics) {
        if (value.value() < 1 || value.value() > MAX_PER_PAGE) {
            diagnostics.add(value.position().error(key + " must be between 1 and " + MAX_PER_PAGE + " (" + meaning
                    + "), found " + value.value()));
            return 1;
        }
        return value.value().intValue();
    }
}
