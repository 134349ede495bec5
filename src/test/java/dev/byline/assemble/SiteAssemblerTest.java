package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.byline.content.ArticleDocument;
import dev.byline.content.AuthorProfile;
import dev.byline.content.AuthorRef;
import dev.byline.content.FailedArticle;
import dev.byline.content.ImageSizes;
import dev.byline.content.ScannedStaticFiles;
import dev.byline.content.ImageRef;
import dev.byline.content.MarkdownRenderer;
import dev.byline.content.RegistryAuthor;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.Html;
import dev.byline.model.Article;
import dev.byline.model.ArticleDate;
import dev.byline.model.ArticleState;
import dev.byline.model.Author;
import dev.byline.model.Column;
import dev.byline.model.Kicker;
import dev.byline.model.AuthorKind;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.model.Tag;
import dev.byline.model.WorkType;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.yaml.Located;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteAssemblerTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** The Ledger's settings: its name, a sub-path and New York time. */
    private static SiteConfigs ledger() {
        return SiteConfigs.standard().withTitle("The Ledger").withBaseUrl("https://example.org/opinion/")
                .withTimezone(ZONE);
    }

    private static final SiteConfig CONFIG = ledger().build();
    private static final Instant NOW = Instant.parse("2025-09-01T12:00:00Z");
    private static final PublishingRules PUBLISH = new PublishingRules(false, false, NOW);
    private static final RegistryAuthor ANDREW = new RegistryAuthor("andrew-wilson",
            new AuthorProfile("Andrew Wilson", "Andrew studies at Penn.", "", null, List.of()));
    private static final RegistryAuthor DALIA = new RegistryAuthor("dalia-fenwick",
            AuthorProfile.named("Dalia Fenwick"));

    private static final ImageSizes NO_IMAGES =
            new ImageSizes(ScannedStaticFiles.NONE, "/opinion/");
    private final Diagnostics diagnostics = new Diagnostics();

    /** Builds an article document with sensible defaults: {@code Doc.named("a").tags("x").draft().build()}. */
    private static final class Doc {
        private final String name;
        private String slug;
        private String date = "2025-08-15";
        private List<AuthorRef> authors = List.of(registrySlug("andrew-wilson"));
        private List<String> tags = List.of();
        private boolean draft;
        private String description = "";
        private String firstParagraph = "First paragraph.";
        private WorkType type = WorkType.OP_ED;
        private String column;
        private String inResponseTo;
        private List<String> aliases = List.of();
        private int words = 400;
        private ImageRef image;

        private Doc(String name) {
            this.name = name;
            this.slug = name;
        }

        static Doc named(String name) {
            return new Doc(name);
        }

        Doc slug(String value) {
            slug = value;
            return this;
        }

        Doc date(String value) {
            date = value;
            return this;
        }

        Doc by(AuthorRef... refs) {
            authors = List.of(refs);
            return this;
        }

        Doc tags(String... values) {
            tags = List.of(values);
            return this;
        }

        Doc draft() {
            draft = true;
            return this;
        }

        Doc description(String value) {
            description = value;
            return this;
        }

        Doc type(WorkType value) {
            type = value;
            return this;
        }

        Doc column(String name) {
            type = WorkType.COLUMN;
            column = name;
            return this;
        }

        Doc letterTo(String slug) {
            type = WorkType.LETTER;
            inResponseTo = slug;
            return this;
        }

        Doc words(int count) {
            words = count;
            return this;
        }

        Doc firstParagraph(String value) {
            firstParagraph = value;
            return this;
        }

        /** Old addresses, as aliases: lines 11, 12... */
        Doc aliases(String... paths) {
            aliases = List.of(paths);
            return this;
        }

        Doc image(String src) {
            image = new ImageRef(src, "alt text", "", "", new Position("content/articles/any.md", 6, 8));
            return this;
        }

        String file() {
            return "content/articles/" + name + ".md";
        }

        ArticleDocument build() {
            SourceFile source = new SourceFile(SourceKind.ARTICLE, Path.of(file()), file(), name + ".md");
            List<Located<String>> located = new ArrayList<>();
            for (int i = 0; i < tags.size(); i++) {
                located.add(new Located<>(tags.get(i), new Position(file(), 6, 8 + i * 10)));
            }
            return new ArticleDocument(source, new Located<>(slug, new Position(file(), 7, 7)), "", "Title of " + name,
                    description, new ArticleDate(ZonedDateTime.parse(date + "T09:00:00-04:00[America/New_York]"),
                    true), null, authors, located, image, draft,
                    null, List.of(), false, type,
                    column == null ? null : new Located<>(column, new Position(file(), 9, 9)),
                    inResponseTo == null ? null : new Located<>(inResponseTo, new Position(file(), 10, 15)), "",
                    java.util.stream.IntStream.range(0, aliases.size()).mapToObj(i -> new Located<>(aliases.get(i),
                            new Position(file(), 11 + i, 5))).toList(), 12,
                    new MarkdownRenderer.Rendered(new Html("<p>" + firstParagraph + "</p>"), words, firstParagraph,
                            List.of(), List.of(), null), List.of());
        }
    }

    private static AuthorRef.Slug registrySlug(String slug) {
        return new AuthorRef.Slug(slug, new Position("content/articles/any.md", 4, 9));
    }

    private static AuthorRef.Named writer(String name, String bio) {
        return new AuthorRef.Named(new AuthorProfile(name, bio, "", null, List.of()),
                new Position("content/articles/any.md", 5, 9));
    }

    private Assembly assemble(PublishingRules rules, Doc... docs) {
        List<ArticleDocument> documents = Arrays.stream(docs).map(Doc::build).toList();
        return new SiteAssembler(CONFIG, rules, NO_IMAGES).assemble(documents, List.of(ANDREW, DALIA), diagnostics);
    }

    private Site site(SiteConfig config, Doc... docs) {
        List<ArticleDocument> documents = Arrays.stream(docs).map(Doc::build).toList();
        return new SiteAssembler(config, PUBLISH, NO_IMAGES).assemble(documents, List.of(ANDREW, DALIA), diagnostics)
                .site();
    }

    private Site site(Doc... docs) {
        return assemble(PUBLISH, docs).site();
    }

    private static Article article(Site site, String slug) {
        return site.articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void registrySlugResolvesToTheRegisteredAuthor() {
        Site site = site(Doc.named("a").by(registrySlug("andrew-wilson")));

        assertThat(site.articles()).singleElement().satisfies(article -> assertThat(article.authors())
                .containsExactly(new Author("andrew-wilson", "Andrew Wilson", "Andrew studies at Penn.",
                        "/opinion/authors/andrew-wilson/", "", List.of())));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void unknownSlugIsAnErrorWithASuggestionAndTheArticleIsNotPublished() {
        Site site = site(Doc.named("a").by(registrySlug("andrew-wilsn")));

        assertThat(site.articles()).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.file()).isEqualTo("content/articles/any.md");
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.column()).isEqualTo(9);
            assertThat(error.message()).startsWith("unknown author \"andrew-wilsn\": there is no "
                    + "content/authors/andrew-wilsn.yaml; did you mean andrew-wilson? ");
        });
    }

    @Test
    void unknownSlugFarFromAnyEntryHasNoSuggestion() {
        site(Doc.named("a").by(registrySlug("zz-top")));

        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).singleElement().asString()
                .doesNotContain("did you mean").contains("write the author's full name");
    }

    @Test
    void plainNameBecomesAnAuthorWithoutBio() {
        Article article = site(Doc.named("a").by(writer("Maren Okafor", ""))).articles().get(0);

        assertThat(article.authors()).containsExactly(
                new Author("maren-okafor", "Maren Okafor", "", "/opinion/authors/maren-okafor/", "", List.of()));
    }

    @Test
    void inlineMappingAuthorKeepsItsBio() {
        Article article = site(Doc.named("a").by(writer("Maren Okafor", "Maren edits the desk."))).articles().get(0);

        assertThat(article.authors()).singleElement().satisfies(author -> {
            assertThat(author.slug()).isEqualTo("maren-okafor");
            assertThat(author.bio()).isEqualTo("Maren edits the desk.");
        });
    }

    @Test
    void nameThatMatchesARegistryEntryUsesTheRegistry() {
        Article article = site(Doc.named("a").by(writer("Andrew Wilson", "Another bio."))).articles().get(0);

        assertThat(article.authors()).singleElement().satisfies(author -> {
            assertThat(author.slug()).isEqualTo("andrew-wilson");
            assertThat(author.bio()).isEqualTo("Andrew studies at Penn.");
        });
    }

    @Test
    void sameWriterInTwoArticlesIsOneAuthorWithTheBioFromWhereItWasGiven() {
        Site site = site(
                Doc.named("a").slug("first").by(writer("Maren Okafor", "")),
                Doc.named("b").slug("second").by(writer("Maren Okafor", "Maren edits the desk.")));

        Author expected = new Author("maren-okafor", "Maren Okafor", "Maren edits the desk.",
                "/opinion/authors/maren-okafor/", "", List.of());
        assertThat(article(site, "first").authors()).containsExactly(expected);
        assertThat(article(site, "second").authors()).containsExactly(expected);
        assertThat(site.authors()).containsExactly(expected);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void sameWriterInTwoArticlesTakesTheTaglineFromTheOneThatGivesIt() {
        AuthorRef.Named withTagline = new AuthorRef.Named(new AuthorProfile("Maren Okafor", "", "", null, List.of(),
                "is a senior"), new Position("content/articles/b.md", 5, 9));
        Site site = site(
                Doc.named("a").slug("first").by(writer("Maren Okafor", "")),
                Doc.named("b").slug("second").by(withTagline));

        assertThat(site.authors()).singleElement().extracting(Author::tagline).isEqualTo("is a senior");
        assertThat(article(site, "first").authors()).extracting(Author::tagline).containsExactly("is a senior");
    }

    @Test
    void organizationsMembersAreTheRegistryPeoplesRecords() {
        RegistryAuthor board = new RegistryAuthor("editorial-board", AuthorProfile.named("The Editorial Board"),
                AuthorKind.ORGANIZATION, "The board.", List.of(new Located<>("dalia-fenwick",
                new Position("content/authors/editorial-board.yaml", 4, 10)), new Located<>("andrew-wilson",
                new Position("content/authors/editorial-board.yaml", 4, 25))));
        Site site = new SiteAssembler(CONFIG, PUBLISH, NO_IMAGES).assemble(List.of(Doc.named("a")
                .by(registrySlug("editorial-board"), registrySlug("andrew-wilson")).build()),
                List.of(ANDREW, DALIA, board), diagnostics).site();

        Author signed = site.articles().get(0).authors().get(0);
        assertThat(signed.isOrganization()).isTrue();
        assertThat(signed.description()).isEqualTo("The board.");
        assertThat(signed.members()).extracting(Author::name).containsExactly("Dalia Fenwick", "Andrew Wilson");
        assertThat(signed.members().get(1)).isSameAs(site.articles().get(0).authors().get(1));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void anEditorialSignedByAPersonAloneIsAWarningAtItsAuthorAndOneSignedByTheBoardIsNot() {
        RegistryAuthor board = new RegistryAuthor("editorial-board", AuthorProfile.named("The Editorial Board"),
                AuthorKind.ORGANIZATION, "The board.", List.of());
        new SiteAssembler(CONFIG, PUBLISH, NO_IMAGES).assemble(List.of(
                Doc.named("by-andrew").type(WorkType.EDITORIAL).build(),
                Doc.named("by-the-board").type(WorkType.ENDORSEMENT).by(registrySlug("editorial-board")).build()),
                List.of(ANDREW, board), diagnostics);

        assertThat(messages()).containsExactly("content/articles/any.md:4:9: warning: an editorial is the paper's "
                + "own position, signed by an organization such as the editorial board, not by a person; name an "
                + "author file with kind: organization (content/authors/editorial-board.yaml), or make the piece "
                + "another type");
    }

    @Test
    void differingBiosOfTheSameWriterGiveAWarning() {
        Site site = site(
                Doc.named("a").slug("first").by(writer("Maren Okafor", "Bio one.")),
                Doc.named("b").slug("second").by(writer("Maren Okafor", "Bio two.")));

        assertThat(site.authors()).singleElement().extracting(Author::bio).isEqualTo("Bio one.");
        assertThat(diagnostics.sorted()).singleElement().satisfies(warning -> {
            assertThat(warning.isError()).isFalse();
            assertThat(warning.message()).startsWith("the bio of Maren Okafor differs from the one in "
                    + "content/articles/a.md, which is used");
        });
    }

    @Test
    void coAuthorsKeepTheirBylineOrder() {
        Article article = site(Doc.named("a").by(registrySlug("dalia-fenwick"), writer("Zed Young", ""),
                registrySlug("andrew-wilson"))).articles().get(0);

        assertThat(article.authors()).extracting(Author::slug)
                .containsExactly("dalia-fenwick", "zed-young", "andrew-wilson");
        assertThat(article.authorNames()).isEqualTo("Dalia Fenwick, Zed Young and Andrew Wilson");
    }

    @Test
    void anAuthorNamedTwiceInOneArticleAppearsOnce() {
        Article article = site(Doc.named("a").by(registrySlug("andrew-wilson"), writer("Andrew Wilson", "")))
                .articles().get(0);

        assertThat(article.authors()).extracting(Author::slug).containsExactly("andrew-wilson");
    }

    @Test
    void siteAuthorsAreThePublishedOnesSortedByName() {
        Site site = site(
                Doc.named("a").slug("first").by(registrySlug("dalia-fenwick"), writer("Bea Zhou", "")),
                Doc.named("b").slug("second").by(registrySlug("andrew-wilson")));

        assertThat(site.authors()).extracting(Author::name)
                .containsExactly("Andrew Wilson", "Bea Zhou", "Dalia Fenwick");
    }

    @Test
    void anArticlesAddressIsWhereSiteYamlsPermalinkPatternPutsIt() {
        Site site = site(ledger().withPermalink("/:year/:month/:day/:slug.html").build(),
                Doc.named("a").date("2025-08-15"));

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(site.articles().get(0).url()).isEqualTo("/opinion/2025/08/15/a.html");
    }

    @Test
    void aPatternThatPutsAnArticleOnOneOfTheSitesOwnAddressesIsAnErrorAtThePattern() {
        site(ledger().withPermalink("/:slug/").build(), Doc.named("a").slug("tags"));

        assertThat(diagnostics.sorted()).singleElement().satisfies(error -> assertThat(error.format()).isEqualTo(
                "content/site.yaml:1:12: error: permalink \"/:slug/\" puts content/articles/a.md at /tags/, which "
                        + "is the site's own folder /tags/; give the article another slug or the site another "
                        + "permalink pattern"));
    }

    @Test
    void anOldAddressIsKeptAsAnAlias() {
        Site site = site(Doc.named("a").aliases("2016/09/29/old.html", "news/old/"));

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(site.articles().get(0).aliases()).containsExactly("2016/09/29/old.html", "news/old/");
    }

    @Test
    void anOldAddressThatIsAnotherArticlesAddressIsAnErrorAtTheAlias() {
        site(Doc.named("a").aliases("articles/b/"), Doc.named("b"));

        assertThat(diagnostics.sorted()).singleElement().satisfies(error -> assertThat(error.format()).isEqualTo(
                "content/articles/a.md:11:5: error: the old address /articles/b/ is the address of "
                        + "content/articles/b.md; an old address can lead to one article only, and not where a page "
                        + "is"));
    }

    @Test
    void anOldAddressTwoArticlesGiveIsAnErrorAtTheSecond() {
        site(Doc.named("a").aliases("old/"), Doc.named("b").aliases("old/"));

        assertThat(diagnostics.sorted()).singleElement().satisfies(error -> assertThat(error.format()).isEqualTo(
                "content/articles/b.md:11:5: error: the old address /old/ is an old address of content/articles/a.md "
                        + "too; an old address can lead to one article only, and not where a page is"));
    }

    @Test
    void anOldAddressOnTheSitesOwnPagesIsAnError() {
        site(Doc.named("a").aliases("authors/", "articles/2024/"));

        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "the old address /authors/ is the site's own folder /authors/; an old address can lead to one "
                        + "article only, and not where a page is",
                "the old address /articles/2024/ is the archive's page /articles/2024/; an old address can lead to "
                        + "one article only, and not where a page is");
    }

    @Test
    void duplicateSlugsAreAnErrorOnBothFiles() {
        site(Doc.named("a").slug("same"), Doc.named("b").slug("same"));

        assertThat(diagnostics.sorted()).hasSize(2).allMatch(Diagnostic::isError);
        assertThat(diagnostics.sorted().get(0).file()).isEqualTo("content/articles/a.md");
        assertThat(diagnostics.sorted().get(0).message())
                .startsWith("slug \"same\" is also used by content/articles/b.md; two articles cannot share "
                        + "a slug");
        assertThat(diagnostics.sorted().get(1).file()).isEqualTo("content/articles/b.md");
        assertThat(diagnostics.sorted().get(1).message())
                .startsWith("slug \"same\" is also used by content/articles/a.md;");
    }

    @Test
    void draftsAreHeldBackByDefault() {
        Assembly assembly = assemble(PUBLISH, Doc.named("a"), Doc.named("b").draft());

        assertThat(assembly.site().articles()).extracting(Article::slug).containsExactly("a");
        assertThat(assembly.draftsHeld()).isEqualTo(1);
        assertThat(assembly.scheduledHeld()).isZero();
    }

    @Test
    void draftsArePublishedWhenTheRulesAllow() {
        Assembly assembly = assemble(new PublishingRules(true, false, NOW), Doc.named("a"), Doc.named("b").draft());

        assertThat(assembly.site().articles()).extracting(Article::slug).containsExactlyInAnyOrder("a", "b");
        assertThat(article(assembly.site(), "b").draft()).isTrue();
        assertThat(assembly.draftsHeld()).isZero();
    }

    @Test
    void futureArticlesWaitForTheirDate() {
        Assembly assembly = assemble(PUBLISH, Doc.named("a"), Doc.named("later").date("2025-12-01"));

        assertThat(assembly.site().articles()).extracting(Article::slug).containsExactly("a");
        assertThat(assembly.scheduledHeld()).isEqualTo(1);
    }

    @Test
    void futureArticlesArePublishedWhenTheRulesAllow() {
        Assembly assembly = assemble(new PublishingRules(false, true, NOW), Doc.named("later").date("2025-12-01"));

        assertThat(assembly.site().articles()).extracting(Article::slug).containsExactly("later");
        assertThat(assembly.scheduledHeld()).isZero();
    }

    @Test
    void eachShownArticleCarriesWhatAPlainBuildMakesOfIt() {
        Assembly preview = assemble(new PublishingRules(true, true, NOW), Doc.named("a"), Doc.named("b").draft(),
                Doc.named("later").date("2025-12-01"), Doc.named("later-draft").date("2025-12-01").draft());

        assertThat(preview.site().articles()).extracting(Article::slug, Article::state).containsExactly(
                tuple("later", ArticleState.SCHEDULED), tuple("later-draft", ArticleState.DRAFT),
                tuple("a", ArticleState.PUBLISHED), tuple("b", ArticleState.DRAFT));
        assertThat(preview.site().lead().slug()).isEqualTo("a");
    }

    @Test
    void aFutureDraftCountsAsADraft() {
        Assembly assembly = assemble(PUBLISH, Doc.named("a").date("2025-12-01").draft());

        assertThat(assembly.site().articles()).isEmpty();
        assertThat(assembly.draftsHeld()).isEqualTo(1);
        assertThat(assembly.scheduledHeld()).isZero();
    }

    @Test
    void aDraftClashingWithAPublishedSlugIsReportedBeforeItGoesOut() {
        site(Doc.named("a").slug("same"), Doc.named("b").slug("same").draft());

        assertThat(diagnostics.sorted()).hasSize(2).allSatisfy(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.line()).isEqualTo(7);
            assertThat(error.message()).startsWith("slug \"same\" is also used by");
        });
    }

    @Test
    void articlesAreSortedNewestFirstThenBySlug() {
        Site site = site(
                Doc.named("old").date("2025-01-10"),
                Doc.named("zebra").date("2025-08-15"),
                Doc.named("apple").date("2025-08-15"),
                Doc.named("mid").date("2025-05-01"));

        assertThat(site.articles()).extracting(Article::slug).containsExactly("apple", "zebra", "mid", "old");
    }

    @Test
    void inputOrderDoesNotChangeTheSite() {
        Doc[] docs = {Doc.named("a").tags("City").date("2025-02-01"), Doc.named("b").tags("city", "Budget"),
                Doc.named("c").by(writer("Bea Zhou", "")).date("2025-03-01")};
        Doc[] reversed = {docs[2], docs[1], docs[0]};

        Site forward = site(docs);
        Site backward = site(reversed);

        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void tagsWithTheSameSlugAreMergedUnderTheFirstSpelling() {
        Site site = site(Doc.named("a").slug("first").tags("Foreign Policy", "Ukraine"),
                Doc.named("b").slug("second").tags("foreign-policy"));

        Tag foreignPolicy = new Tag("foreign-policy", "Foreign Policy", "/opinion/tags/foreign-policy/");
        assertThat(article(site, "first").tags()).containsExactly(foreignPolicy,
                new Tag("ukraine", "Ukraine", "/opinion/tags/ukraine/"));
        assertThat(article(site, "second").tags()).containsExactly(foreignPolicy);
        assertThat(site.tags()).extracting(Tag::slug).containsExactly("foreign-policy", "ukraine");
    }

    @Test
    void aTagRepeatedInOneArticleAppearsOnce() {
        Article article = site(Doc.named("a").tags("Housing", "housing", " Housing ")).articles().get(0);

        assertThat(article.tags()).extracting(Tag::name).containsExactly("Housing");
    }

    @Test
    void tagWithoutLettersOrDigitsIsAnError() {
        site(Doc.named("a").tags("!!!"));

        assertThat(diagnostics.sorted()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.line()).isEqualTo(6);
            assertThat(error.message()).startsWith("tag \"!!!\" has no letters or digits");
        });
    }

    @Test
    void siteTagsComeOnlyFromPublishedArticlesSortedByName() {
        Site site = site(Doc.named("a").tags("Transport", "budget"), Doc.named("b").slug("b").draft().tags("Secret"));

        assertThat(site.tags()).extracting(Tag::name).containsExactly("budget", "Transport");
    }

    @Test
    void heldBackDraftDoesNotLendItsSpellingOrBioToPublishedPages() {
        Site site = site(Doc.named("a-draft").slug("draft").draft().tags("UKRAINE")
                        .by(writer("Corin Ashdown", "A bio still under embargo.")),
                Doc.named("b-published").slug("published").tags("ukraine").by(writer("Corin Ashdown", "")));

        assertThat(site.tags()).extracting(Tag::name).containsExactly("ukraine");
        assertThat(article(site, "published").authors()).singleElement()
                .satisfies(author -> assertThat(author.bio()).isEmpty());
    }

    @Test
    void mistakesInHeldBackArticlesAreStillReported() {
        site(Doc.named("draft").slug("draft").draft().by(registrySlug("andrew-wilsno")));

        assertThat(diagnostics.sorted()).singleElement().satisfies(error ->
                assertThat(error.message()).startsWith("unknown author \"andrew-wilsno\"")
                        .contains("did you mean andrew-wilson?"));
    }

    @Test
    void articleUrlCarriesTheBasePath() {
        Article article = site(Doc.named("a").slug("not-instant-peace")).articles().get(0);

        assertThat(article.url()).isEqualTo("/opinion/articles/not-instant-peace/");
        assertThat(article.source()).isEqualTo("content/articles/a.md");
        assertThat(article.title()).isEqualTo("Title of a");
        assertThat(article.words()).isEqualTo(400);
        assertThat(article.body().value()).isEqualTo("<p>First paragraph.</p>");
    }

    @Test
    void summaryIsTheDescriptionWhenGiven() {
        Article article = site(Doc.named("a").description("The standfirst.")).articles().get(0);

        assertThat(article.summary()).isEqualTo("The standfirst.");
        assertThat(article.hasDescription()).isTrue();
    }

    @Test
    void summaryFallsBackToTheFirstParagraphCutAtAWord() {
        String longParagraph = "word ".repeat(60).strip();

        Article article = site(Doc.named("a").firstParagraph(longParagraph)).articles().get(0);

        assertThat(article.summary()).endsWith("word…");
        assertThat(article.summary().length()).isLessThanOrEqualTo(201);
        assertThat(longParagraph).startsWith(article.summary().substring(0, article.summary().length() - 1));
    }

    @Test
    void rootRelativeImageGetsTheBasePath() {
        Article article = site(Doc.named("a").image("/images/summit.jpg")).articles().get(0);

        assertThat(article.image().src()).isEqualTo("/opinion/images/summit.jpg");
        assertThat(article.image().alt()).isEqualTo("alt text");
    }

    @Test
    void externalImageIsKeptAsWritten() {
        Article article = site(Doc.named("a").image("https://cdn.example.org/x.jpg")).articles().get(0);

        assertThat(article.image().src()).isEqualTo("https://cdn.example.org/x.jpg");
    }

    private static final SiteConfig LETTERS_OF_300 = ledger().withLetterMaxWords(300).build();

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aLetterAnsweringAPublishedArticleHoldsThatArticlesSource() {
        Site site = site(Doc.named("op-ed"), Doc.named("letter").date("2025-08-20").letterTo("op-ed"));

        assertThat(article(site, "letter").inResponseTo()).isEqualTo("content/articles/op-ed.md");
        assertThat(article(site, "letter").type()).isEqualTo(WorkType.LETTER);
        assertThat(article(site, "op-ed").inResponseTo()).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void inResponseToNamingNoArticleIsAnErrorAtItsValueWithTheNearestSlug() {
        Site site = site(Doc.named("campus-housing"), Doc.named("letter").letterTo("campus-housng"));

        assertThat(messages()).containsExactly("content/articles/letter.md:10:15: error: inResponseTo: no article "
                + "has the slug \"campus-housng\"; did you mean campus-housing?");
        assertThat(article(site, "letter").inResponseTo()).isEmpty();
    }

    @Test
    void inResponseToGivenAsTheArticlesAddressSuggestsItsSlug() {
        site(Doc.named("campus-housing"), Doc.named("letter").letterTo("/articles/campus-housing/"));

        assertThat(messages()).singleElement().asString().contains("did you mean campus-housing?");
    }

    @Test
    void aHeldLetterNamingNoArticleIsStillAnError() {
        site(Doc.named("letter").letterTo("nowhere").draft());

        assertThat(diagnostics.sorted()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.message()).isEqualTo("inResponseTo: no article has the slug \"nowhere\"; name the "
                    + "article answered by its slug, the last part of its address");
        });
    }

    @Test
    void aFileWithOtherErrorsStillHasItsColumnAndTheArticleItAnswersChecked() {
        String file = "content/articles/broken.md";
        FailedArticle broken = new FailedArticle(new SourceFile(SourceKind.ARTICLE, Path.of(file), file,
                "broken.md"), new Located<>("broken", Position.ofFile(file)), "",
                List.of(registrySlug("andrew-wilson")), List.of(), null, new Located<>("!!", new Position(file, 6, 9)),
                new Located<>("nowhere", new Position(file, 7, 15)), List.of());

        new SiteAssembler(CONFIG, PUBLISH, NO_IMAGES).assemble(List.of(broken), List.of(ANDREW), diagnostics);

        assertThat(messages()).containsExactly("content/articles/broken.md:6:9: error: column \"!!\" has no "
                + "letters or digits that can form its page's address; use Latin letters or digits",
                "content/articles/broken.md:7:15: error: inResponseTo: no article has the slug \"nowhere\"; name "
                        + "the article answered by its slug, the last part of its address");
    }

    @Test
    void aPieceAnsweringItselfIsAnError() {
        site(Doc.named("letter").letterTo("letter"));

        assertThat(messages()).containsExactly("content/articles/letter.md:10:15: error: inResponseTo names this "
                + "article itself; name the article it answers");
    }

    @Test
    void aLetterAnsweringADraftGoesOutWithoutTheLinkAndAWarning() {
        Site site = site(Doc.named("op-ed").draft(), Doc.named("letter").letterTo("op-ed"));

        assertThat(article(site, "letter").inResponseTo()).isEmpty();
        assertThat(messages()).containsExactly("content/articles/letter.md:10:15: warning: inResponseTo: the "
                + "article \"op-ed\" is a draft, so this piece goes out without its \"In response to\" link until "
                + "that article is published");
    }

    @Test
    void aLetterAnsweringAScheduledArticleSaysSo() {
        site(Doc.named("op-ed").date("2025-12-01"), Doc.named("letter").letterTo("op-ed"));

        assertThat(messages()).singleElement().asString().contains("is scheduled for later");
    }

    @Test
    void theAnsweredArticleIsLinkedWhenTheBuildShowsDrafts() {
        Site site = assemble(new PublishingRules(true, false, NOW), Doc.named("op-ed").draft(),
                Doc.named("letter").letterTo("op-ed")).site();

        assertThat(article(site, "letter").inResponseTo()).isEqualTo("content/articles/op-ed.md");
        assertThat(messages()).isEmpty();
    }

    @Test
    void aColumnPieceIsHeadedByItsColumnsNameLinkedToTheColumnPage() {
        Article article = site(Doc.named("a").column("Transit Lines")).articles().get(0);

        assertThat(article.column()).isEqualTo(new Column("transit-lines", "Transit Lines",
                "/opinion/columns/transit-lines/"));
        assertThat(article.kicker()).isEqualTo(new Kicker("Transit Lines", "/opinion/columns/transit-lines/"));
    }

    @Test
    void aListedTypesKickerIsItsLabelLinkedToItsListAndAnOpEdsIsTheOpinionLabelUnlinked() {
        Site site = site(Doc.named("op-ed"), Doc.named("editorial").type(WorkType.EDITORIAL));

        assertThat(article(site, "editorial").kicker()).isEqualTo(new Kicker("Editorial",
                "/opinion/types/editorial/"));
        assertThat(article(site, "op-ed").kicker()).isEqualTo(new Kicker("Opinion", ""));
    }

    @Test
    void oneColumnSpeltTwoWaysIsOneColumnNamedAsFirstWrittenWithAWarning() {
        Site site = site(Doc.named("a").column("Transit Lines"), Doc.named("b").column("Transit  Lines!"),
                Doc.named("c").column("transit-lines"));

        assertThat(site.articles()).extracting(Article::column).containsOnly(new Column("transit-lines",
                "Transit Lines", "/opinion/columns/transit-lines/"));
        assertThat(messages()).containsExactly("content/articles/b.md:9:9: warning: column \"Transit  Lines!\" gets "
                + "the same page, /columns/transit-lines/, as the column \"Transit Lines\", and is listed under that "
                + "name; rename one if they are different columns");
    }

    @Test
    void aColumnNameWithoutLettersIsAnError() {
        site(Doc.named("a").column("¿¡!"));

        assertThat(messages()).containsExactly("content/articles/a.md:9:9: error: column \"¿¡!\" has no letters or "
                + "digits that can form its page's address; use Latin letters or digits");
    }

    @Test
    void aLetterOverTheSitesLimitIsAWarningWithItsLengthAndTheLimit() {
        new SiteAssembler(LETTERS_OF_300, PUBLISH, NO_IMAGES).assemble(List.of(Doc.named("op-ed").build(),
                Doc.named("letter").letterTo("op-ed").words(412).build(),
                Doc.named("short").letterTo("op-ed").words(300).build(),
                Doc.named("essay").words(2000).build()), List.of(ANDREW), diagnostics);

        assertThat(messages()).as("at the letter's first line").containsExactly("content/articles/letter.md:12:1: "
                + "warning: this letter has 412 words, more "
                + "than the 300 letters may have (letters: maxWords in site.yaml); shorten it or publish it as "
                + "another type");
    }

    @Test
    void withoutALimitALetterMayBeAnyLength() {
        site(Doc.named("op-ed"), Doc.named("letter").letterTo("op-ed").words(5000));

        assertThat(messages()).isEmpty();
    }
}
