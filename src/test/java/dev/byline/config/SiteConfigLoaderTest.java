package dev.byline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.byline.content.ScannedStaticFiles;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.NavLink;
import dev.byline.model.Policy;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.model.SocialImage;
import dev.byline.model.ThemeSettings;
import dev.byline.model.WorkType;
import dev.byline.model.WorkTypeSettings;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteConfigLoaderTest {

    private static final String DISPLAY = "content/site.yaml";

    @TempDir
    Path folder;

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<SiteConfig> load(String yaml) throws IOException {
        return load(yaml, null);
    }

    private Optional<SiteConfig> load(String yaml, String baseUrlOverride) throws IOException {
        Path path = folder.resolve("site.yaml");
        Files.writeString(path, yaml, StandardCharsets.UTF_8);
        SourceFile file = new SourceFile(SourceKind.CONFIG, path, DISPLAY, "site.yaml");
        return SiteConfigLoader.load(file, ScannedStaticFiles.in(folder), baseUrlOverride, diagnostics);
    }

    private Diagnostic onlyDiagnostic() {
        assertThat(diagnostics.sorted()).hasSize(1);
        return diagnostics.sorted().get(0);
    }

    @Test
    void onlyTitleAndBaseUrlAreRequiredAndTheRestDefaults() throws IOException {
        SiteConfig config = load("title: The Campus Opinion\nbaseUrl: https://example.org/\n").orElseThrow();

        assertThat(config.title()).isEqualTo("The Campus Opinion");
        assertThat(config.baseUrl()).isEqualTo("https://example.org/");
        assertThat(config.description()).isEmpty();
        assertThat(config.language()).isEqualTo("en");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.paginate()).isEqualTo(10);
        assertThat(config.publisher()).isEqualTo("The Campus Opinion");
        assertThat(config.allowRawHtml()).isFalse();
        assertThat(config.copyright()).isEmpty();
        assertThat(config.theme()).isEqualTo(ThemeSettings.DEFAULT);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void everySettingIsRead() throws IOException {
        SiteConfig config = load("""
                title: The Ledger
                description: Opinion from the Ledger.
                baseUrl: https://ledger.example/opinion/
                language: fr-CA
                timezone: America/Toronto
                paginate: 25
                publisher: Ledger Media
                allowRawHtml: true
                opinionLabel: Commentary
                disclaimer: "Views are the writers' own."
                feedSize: 5
                relativeUrls: true
                twitter: "@ledger"
                logo: /images/logo.png
                copyright: "© 1998–2025 Ledger Media"
                accent: "#1D5E8C"
                accentDark: "#9cc3e0"
                nav:
                  - title: About
                    url: /about/
                  - {title: Print edition, url: "https://print.example/"}
                """).orElseThrow();

        assertThat(config).isEqualTo(SiteConfigs.standard().withTitle("The Ledger")
                .withDescription("Opinion from the Ledger.").withBaseUrl("https://ledger.example/opinion/")
                .withLanguage("fr-CA").withTimezone(ZoneId.of("America/Toronto")).withPaginate(25)
                .withPublisher("Ledger Media").withAllowRawHtml(true).withOpinionLabel("Commentary")
                .withDisclaimer("Views are the writers' own.").withFeedSize(5).withRelativeUrls(true)
                .withTwitter("@ledger").withLogo("/images/logo.png").withCopyright("© 1998–2025 Ledger Media")
                .withTheme(new ThemeSettings("#1d5e8c", "#9cc3e0", List.of(new NavLink("About", "/about/"),
                        new NavLink("Print edition", "https://print.example/"))))
                .build());
    }

    @Test
    void articlesLiveAtArticlesSlugUnlessAPermalinkPatternSaysOtherwise() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/\n").orElseThrow().permalink().pattern())
                .isEqualTo("/articles/:slug/");
        assertThat(load("title: T\nbaseUrl: https://example.org/\npermalink: /:year/:month/:day/:slug.html\n")
                .orElseThrow().permalink().pattern()).isEqualTo("/:year/:month/:day/:slug.html");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void hubIsOneWebSubHubOrAList() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/\n").orElseThrow().hubs()).isEmpty();
        assertThat(load("title: T\nbaseUrl: https://example.org/\nhub: https://hub.example.com/\n").orElseThrow()
                .hubs()).containsExactly("https://hub.example.com/");
        assertThat(load("title: T\nbaseUrl: https://example.org/\nhub: [https://a.example.com/, "
                + "http://b.example.com/hub]\n").orElseThrow().hubs())
                .containsExactly("https://a.example.com/", "http://b.example.com/hub");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aHubThatIsNotAnAbsoluteWebAddressIsAnErrorAtItsValue() throws IOException {
        load("title: T\nbaseUrl: https://example.org/\nhub:\n  - https://a.example.com/\n  - /hub/\n");

        assertThat(onlyDiagnostic().format()).isEqualTo(DISPLAY + ":5:5: error: hub \"/hub/\" is not an absolute web "
                + "address; write the WebSub hub's address in full, such as hub: https://pubsubhubbub.appspot.com/");
    }

    @Test
    void theNewsSitemapNamesThePublicationByNewsNameOrTheTitle() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/\n").orElseThrow().newsPublicationName())
                .isEqualTo("T");
        assertThat(load("title: T\nbaseUrl: https://example.org/\nnews:\n  name: The T Times\n").orElseThrow()
                .newsPublicationName()).isEqualTo("The T Times");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aPermalinkWithAnUnknownPlaceholderIsAnErrorAtItsValue() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/\npermalink: /:categories/:slug/\n")).isEmpty();

        assertThat(onlyDiagnostic().format()).isEqualTo(DISPLAY + ":3:12: error: permalink \"/:categories/:slug/\": "
                + "unknown placeholder :categories; a permalink can use :year, :month, :day, :slug, :title");
    }

    @Test
    void aPermalinkWithoutTheSlugIsAnError() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/\npermalink: /:year/:month/\n")).isEmpty();

        assertThat(onlyDiagnostic().format()).isEqualTo(DISPLAY + ":3:12: error: permalink \"/:year/:month/\": a "
                + "permalink needs :slug, or two articles of one day would share an address");
    }

    @Test
    void aPermalinkInOneOfTheSitesOwnFoldersIsAnError() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/\npermalink: /tags/:slug/\n")).isEmpty();

        assertThat(onlyDiagnostic().format()).isEqualTo(DISPLAY + ":3:12: error: permalink \"/tags/:slug/\": /tags/ "
                + "is one of the site's own folders; articles cannot live there");
    }

    @Test
    void aPermalinkEndsWithASlashOrHtml() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/\npermalink: /news/:slug\n")).isEmpty();

        assertThat(onlyDiagnostic().message()).startsWith("permalink \"/news/:slug\": a permalink ends with a slash");
    }

    @Test
    void baseUrlGetsATrailingSlash() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org\n").orElseThrow().baseUrl())
                .isEqualTo("https://example.org/");
    }

    @Test
    void baseUrlWithSubPathGetsATrailingSlash() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/opinion\n").orElseThrow().baseUrl())
                .isEqualTo("https://example.org/opinion/");
    }

    @Test
    void baseUrlFromTheCommandLineWins() throws IOException {
        SiteConfig config = load("title: T\nbaseUrl: https://example.org/\n", "http://localhost:8080").orElseThrow();

        assertThat(config.baseUrl()).isEqualTo("http://localhost:8080/");
    }

    @Test
    void relativeBaseUrlIsAnErrorAtItsValue() throws IOException {
        assertThat(load("title: T\nbaseUrl: /opinion/\n")).isEmpty();

        Diagnostic error = onlyDiagnostic();
        assertThat(error.format()).isEqualTo(DISPLAY + ":2:10: error: baseUrl \"/opinion/\" is not an absolute web "
                + "address; write it as https://example.org/ or https://example.org/opinion/");
    }

    @Test
    void nonWebBaseUrlIsAnError() throws IOException {
        assertThat(load("title: T\nbaseUrl: ftp://example.org/\n")).isEmpty();

        assertThat(onlyDiagnostic().message()).startsWith("baseUrl \"ftp://example.org/\" is not an absolute web");
    }

    @Test
    void baseUrlWithQueryIsAnError() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/?x=1\n")).isEmpty();

        assertThat(onlyDiagnostic().isError()).isTrue();
    }

    @Test
    void invalidBaseUrlOnTheCommandLineNamesTheOption() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/\n", "example.org")).isEmpty();

        assertThat(onlyDiagnostic().format()).startsWith("--base-url: error: baseUrl \"example.org\"");
    }

    @Test
    void missingTitleAndBaseUrlAreBothReported() throws IOException {
        assertThat(load("description: nothing else\n")).isEmpty();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "missing title; add a line such as title: \"The Campus Opinion\"",
                "missing baseUrl; add a line such as baseUrl: https://example.org/");
    }

    @Test
    void unknownTimezoneIsAnError() throws IOException {
        assertThat(load("title: T\nbaseUrl: https://example.org/\ntimezone: Mars/Olympus\n")).isEmpty();

        Diagnostic error = onlyDiagnostic();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(11);
        assertThat(error.message()).startsWith("timezone \"Mars/Olympus\" is not a time zone;")
                .contains("America/New_York");
    }

    @ParameterizedTest
    @CsvSource({"en, en", "en-GB, en-GB", "pt-BR, pt-BR", "zh-Hant, zh-Hant", "sr-Latn-RS, sr-Latn-RS",
            "fil, fil", "EN-gb, en-GB"})
    void languageIsABcp47TagWrittenInItsStandardCase(String written, String used) throws IOException {
        SiteConfig config = load("title: T\nbaseUrl: https://example.org/\nlanguage: " + written + "\n")
                .orElseThrow();

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(config.language()).isEqualTo(used);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en_US   | write it with a hyphen: en-US",
            "english | write its code instead: en",
            "French  | write its code instead: fr",
            "eng     | write it with the two-letter code: en",
            "xx      | write a language code, with a region or script if you like, such as en, en-GB, pt-BR or "
                    + "zh-Hant",
            "en-     | write a language code, with a region or script if you like, such as en, en-GB, pt-BR or "
                    + "zh-Hant"})
    void languageThatIsNotALanguageTagIsAnErrorAtItsValueWithWhatToWrite(String written, String advice)
            throws IOException {
        load("title: T\nbaseUrl: https://example.org/\nlanguage: " + written + "\n");

        assertThat(onlyDiagnostic().format()).isEqualTo(DISPLAY + ":3:11: error: language \"" + written
                + "\" is not a language tag; " + advice);
    }

    @Test
    void paginateOutOfRangeIsAnError() throws IOException {
        load("title: T\nbaseUrl: https://example.org/\npaginate: 0\n");

        Diagnostic error = onlyDiagnostic();
        assertThat(error.isError()).isTrue();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).isEqualTo("paginate must be between 1 and 1000 (articles per page), found 0");
    }

    @Test
    void paginateTooLargeIsAnError() throws IOException {
        load("title: T\nbaseUrl: https://example.org/\npaginate: 5000\n");

        assertThat(onlyDiagnostic().message()).endsWith("found 5000");
    }

    @Test
    void paginateThatIsNotANumberIsAnError() throws IOException {
        load("title: T\nbaseUrl: https://example.org/\npaginate: ten\n");

        assertThat(onlyDiagnostic().message()).isEqualTo("paginate must be a whole number, found text");
    }

    @Test
    void unknownKeyIsAWarningAndTheConfigStillLoads() throws IOException {
        Optional<SiteConfig> config = load("title: T\nbaseUrl: https://example.org/\ntimezon: UTC\n");

        assertThat(config).isPresent();
        Diagnostic warning = onlyDiagnostic();
        assertThat(warning.isError()).isFalse();
        assertThat(warning.message()).isEqualTo("timezon: unknown key, did you mean timezone?");
    }

    @Test
    void shortAccentIsWidenedAndGivesADarkModeAccentMixedHalfWithWhite() throws IOException {
        ThemeSettings theme = load("title: T\nbaseUrl: https://example.org/\naccent: \"#a00\"\n").orElseThrow().theme();

        assertThat(theme.accent()).isEqualTo("#aa0000");
        assertThat(theme.accentDark()).isEqualTo("#d58080");
        assertThat(theme.customProperties()).isEqualTo("--accent-light:#aa0000;--accent-dark:#d58080;");
    }

    @Test
    void darkAccentAloneLeavesTheLightOneToTheTheme() throws IOException {
        ThemeSettings theme = load("title: T\nbaseUrl: https://example.org/\naccentDark: \"#f4a29b\"\n")
                .orElseThrow().theme();

        assertThat(theme.customProperties()).isEqualTo("--accent-dark:#f4a29b;");
    }

    @Test
    void blankAccentMeansTheThemesOwn() throws IOException {
        ThemeSettings theme = load("title: T\nbaseUrl: https://example.org/\naccent: \"\"\n").orElseThrow().theme();

        assertThat(theme.customProperties()).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void accentThatIsNotAHexColourIsAnErrorAtItsValue() throws IOException {
        load("title: T\nbaseUrl: https://example.org/\naccent: rebeccapurple\n");

        assertThat(onlyDiagnostic().format()).isEqualTo(DISPLAY + ":3:9: error: accent \"rebeccapurple\" is not a "
                + "colour; write it as \"#rrggbb\" or \"#rgb\", such as accent: \"#9b2226\"");
    }

    @Test
    void accentWithFourOrEightDigitsIsAnError() throws IOException {
        load("title: T\nbaseUrl: https://example.org/\naccent: \"#a00f\"\naccentDark: \"#aabbccdd\"\n");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::line).containsExactly(3, 4);
    }

    @Test
    void unquotedAccentIsReadAsACommentAndExplained() throws IOException {
        load("title: T\nbaseUrl: https://example.org/\naccent: #9b2226\n");

        Diagnostic error = onlyDiagnostic();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).isEqualTo("accent has no value; write the colour in quotes, such as "
                + "accent: \"#9b2226\" (without them, # starts a comment)");
    }

    @Test
    void navItemsNeedATitleAndASitePathOrWebAddress() throws IOException {
        load("""
                title: T
                baseUrl: https://example.org/
                nav:
                  - title: About
                    url: about/
                  - url: /tags/campus/
                  - Campus
                  - {title: Print, url: "https://print.example/", target: _blank}
                """);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                DISPLAY + ":5:10: error: nav url \"about/\" must be a site path starting with / (such as "
                        + "/tags/campus/) or a full web address (https://...)",
                DISPLAY + ":6:5: error: missing title; add a line such as title: Campus",
                DISPLAY + ":7:5: error: nav items must be mappings such as - {title: Campus, url: /tags/campus/}, "
                        + "found text",
                DISPLAY + ":8:51: warning: target: unknown key (known keys: title, url)");
    }

    @Test
    void policiesAreReadAsPageSlugsOrWebAddressesInTheirOwnOrder() throws IOException {
        SiteConfig config = load("""
                title: The Ledger
                baseUrl: https://example.org/
                policies:
                  masthead: masthead
                  factChecking: https://example.org/standards/#checking
                  corrections: corrections-policy
                """).orElseThrow();

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(config.policies()).extracting(Policy::kind, Policy::target, Policy::isPage).containsExactly(
                tuple(Policy.Kind.CORRECTIONS, "corrections-policy", true),
                tuple(Policy.Kind.MASTHEAD, "masthead", true),
                tuple(Policy.Kind.FACT_CHECKING, "https://example.org/standards/#checking", false));
        assertThat(config.policies().get(0).written()).isEqualTo(new Position(DISPLAY, 6, 16));
        assertThat(config.policyUrl(config.policies().get(0))).isEqualTo("/corrections-policy/");
        assertThat(config.policyUrl(config.policies().get(2))).isEqualTo("https://example.org/standards/#checking");
    }

    @Test
    void aPolicyThatIsNeitherASlugNorAWebAddressIsAnErrorAtItsValue() throws IOException {
        SiteConfig config = load("""
                title: The Ledger
                baseUrl: https://example.org/
                policies:
                  ethics: /ethics-policy/
                  factChecking: ftp://example.org/checking
                  privacy: privacy
                """).orElseThrow();

        assertThat(config.policies()).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                DISPLAY + ":4:11: error: policies: ethics \"/ethics-policy/\" must be the slug of a page in "
                        + "content/pages/ (such as ethics-policy, for the page at /ethics-policy/) or a full web "
                        + "address (https://...); try ethics-policy",
                DISPLAY + ":5:17: error: policies: factChecking \"ftp://example.org/checking\" must be the slug of "
                        + "a page in content/pages/ (such as ethics-policy, for the page at /ethics-policy/) or a "
                        + "full web address (https://...)",
                DISPLAY + ":6:3: warning: privacy: unknown key (known keys: corrections, ethics, masthead, "
                        + "factChecking)");
    }

    @Test
    void notUtf8IsAnError() throws IOException {
        Path path = folder.resolve("site.yaml");
        Files.write(path, new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9});

        Optional<SiteConfig> config = SiteConfigLoader.load(
                new SourceFile(SourceKind.CONFIG, path, DISPLAY, "site.yaml"), ScannedStaticFiles.in(folder), null,
                diagnostics);

        assertThat(config).isEmpty();
        assertThat(onlyDiagnostic().format()).startsWith(DISPLAY + ":1:8: error: not UTF-8 text");
    }

    private static final String MINIMAL = "title: T\nbaseUrl: https://example.org/\n";

    @Test
    void withoutTypesEveryTypeHasItsOwnLabelTheSitesDisclaimerAndAListButOpEd() throws IOException {
        SiteConfig config = load(MINIMAL + "opinionLabel: Commentary\ndisclaimer: Our writers' views.\n")
                .orElseThrow();

        assertThat(config.types().of(WorkType.OP_ED)).isEqualTo(new WorkTypeSettings("Commentary", "Commentary",
                "Our writers' views.", false));
        assertThat(config.types().of(WorkType.GUEST_ESSAY)).isEqualTo(new WorkTypeSettings("Guest Essay",
                "Guest Essays", "Our writers' views.", true));
        assertThat(config.types().of(WorkType.REVIEW).label()).isEqualTo("Review");
        assertThat(config.letterMaxWords()).isZero();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void typesGiveALabelATitleADisclaimerOrNoneAndWhetherTheTypeIsListed() throws IOException {
        SiteConfig config = load(MINIMAL + "disclaimer: Our writers' views.\ntypes:\n"
                + "  letter:\n    label: Letter to the Editor\n    title: Letters to the Editor\n"
                + "    disclaimer: Letters are edited for length.\n"
                + "  editorial:\n    label: Our View\n    disclaimer: \"\"\n"
                + "  review:\n    list: false\n").orElseThrow();

        assertThat(config.types().of(WorkType.LETTER)).isEqualTo(new WorkTypeSettings("Letter to the Editor",
                "Letters to the Editor", "Letters are edited for length.", true));
        assertThat(config.types().of(WorkType.EDITORIAL)).isEqualTo(new WorkTypeSettings("Our View", "Our View",
                "", true));
        assertThat(config.types().of(WorkType.REVIEW)).isEqualTo(new WorkTypeSettings("Review", "Reviews",
                "Our writers' views.", false));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void anUnknownTypeNameIsAnErrorAtItsLineWithTheKnownOnes() throws IOException {
        load(MINIMAL + "types:\n  leter:\n    label: Letter\n  opinion:\n    list: true\n");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/site.yaml:4:3: error: types: \"leter\" is not a type of work Byline knows; use one of "
                        + "op-ed, editorial, column, guest-essay, letter, analysis, review, endorsement (did you "
                        + "mean letter?)",
                "content/site.yaml:6:3: error: types: \"opinion\" is not a type of work Byline knows; use one of "
                        + "op-ed, editorial, column, guest-essay, letter, analysis, review, endorsement");
    }

    @Test
    void anUnknownKeyUnderATypeIsAWarning() throws IOException {
        load(MINIMAL + "types:\n  letter:\n    lable: Letter\n");

        assertThat(onlyDiagnostic().format()).isEqualTo("content/site.yaml:5:5: warning: lable: unknown key, did "
                + "you mean label?");
    }

    @Test
    void lettersMaxWordsIsRead() throws IOException {
        assertThat(load(MINIMAL + "letters:\n  maxWords: 300\n").orElseThrow().letterMaxWords()).isEqualTo(300);
    }

    @Test
    void lettersMaxWordsOutOfRangeIsAnErrorAtItsValue() throws IOException {
        load(MINIMAL + "letters: {maxWords: 0}\n");

        assertThat(onlyDiagnostic().format()).isEqualTo("content/site.yaml:3:21: error: letters maxWords must be "
                + "between 1 and 100000 (the most words a letter should have), found 0");
    }

    private void picture(String sitePath, String format, int width, int height) throws IOException {
        Path file = folder.resolve("static").resolve(sitePath);
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, file.toFile());
    }

    @Test
    void theDefaultSocialCardIsAPathWithItsSizeReadFromTheFile() throws IOException {
        picture("images/card.png", "png", 1200, 630);

        SiteConfig config = load(MINIMAL + "image: /images/card.png\n").orElseThrow();

        assertThat(config.image()).isEqualTo(new SocialImage("/images/card.png", "", 1200, 630));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void theDefaultSocialCardCanSayWhatItShows() throws IOException {
        picture("images/card.jpg", "jpg", 1600, 900);

        SiteConfig config = load(MINIMAL + "image:\n  src: images/card.jpg\n  alt: The Ledger's masthead\n")
                .orElseThrow();

        assertThat(config.image()).isEqualTo(new SocialImage("images/card.jpg", "The Ledger's masthead", 1600, 900));
    }

    @Test
    void aSocialCardOnAnotherSiteHasNoKnownSize() throws IOException {
        SiteConfig config = load(MINIMAL + "image: {src: \"https://cdn.example/card.png\", alt: Our card}\n")
                .orElseThrow();

        assertThat(config.image()).isEqualTo(new SocialImage("https://cdn.example/card.png", "Our card", 0, 0));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void noImageMeansNoDefaultCard() throws IOException {
        assertThat(load(MINIMAL).orElseThrow().image()).isEqualTo(SocialImage.NONE);
    }

    @Test
    void aSocialCardThatIsNotThereIsAnErrorAtItsLine() throws IOException {
        load(MINIMAL + "image: /images/missing.png\n");

        assertThat(onlyDiagnostic().format()).isEqualTo("content/site.yaml:3:8: error: image /images/missing.png "
                + "does not exist; put the file at content/static/images/missing.png or fix the path");
    }

    @Test
    void aSocialCardWithoutSrcIsAnErrorAndAnUnknownKeyUnderItAWarning() throws IOException {
        load(MINIMAL + "image:\n  alt: Our card\n  href: /images/card.png\n");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/site.yaml:4:3: error: missing src; add a line such as src: /images/card.png",
                "content/site.yaml:5:3: warning: href: unknown key (known keys: src, alt)");
    }

    @Test
    void aSocialCardGivenAsAListIsAnErrorSayingBothForms() throws IOException {
        load(MINIMAL + "image: [/images/card.png]\n");

        assertThat(onlyDiagnostic().format()).startsWith("content/site.yaml:3:8: error: image must be a picture's "
                + "site path or web address (image: /images/card.png), or src and alt");
    }
}
