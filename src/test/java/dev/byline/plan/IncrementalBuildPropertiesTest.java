package dev.byline.plan;

import dev.byline.plan.EditReplay.Step;
import dev.byline.plan.SiteEdit.ArticleAdded;
import dev.byline.plan.SiteEdit.ArticleDeleted;
import dev.byline.plan.SiteEdit.AuthorBioChanged;
import dev.byline.plan.SiteEdit.AuthorFileAdded;
import dev.byline.plan.SiteEdit.AuthorFileRemoved;
import dev.byline.plan.SiteEdit.AuthorNameChanged;
import dev.byline.plan.SiteEdit.ColumnChanged;
import dev.byline.plan.SiteEdit.DateMoved;
import dev.byline.plan.SiteEdit.DescriptionAdded;
import dev.byline.plan.SiteEdit.DraftFlipped;
import dev.byline.plan.SiteEdit.FirstParagraphChanged;
import dev.byline.plan.SiteEdit.HeadlineChanged;
import dev.byline.plan.SiteEdit.LetterAdded;
import dev.byline.plan.SiteEdit.LetterRemoved;
import dev.byline.plan.SiteEdit.PageAdded;
import dev.byline.plan.SiteEdit.PageDeleted;
import dev.byline.plan.SiteEdit.PageNavFlipped;
import dev.byline.plan.SiteEdit.PageOrderChanged;
import dev.byline.plan.SiteEdit.PageTextChanged;
import dev.byline.plan.SiteEdit.PageTitleChanged;
import dev.byline.plan.SiteEdit.MembersChanged;
import dev.byline.plan.SiteEdit.ParagraphRemoved;
import dev.byline.plan.SiteEdit.SentenceAdded;
import dev.byline.plan.SiteEdit.TagAdded;
import dev.byline.plan.SiteEdit.TagRemoved;
import dev.byline.plan.SiteEdit.TagRenamed;
import dev.byline.plan.SiteEdit.TaglineChanged;
import dev.byline.plan.SiteEdit.TemplateToggled;
import dev.byline.plan.SiteEdit.TemplateVariant;
import dev.byline.plan.SiteEdit.TypeChanged;
import dev.byline.plan.SiteEdit.WritersChanged;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * After every edit of a random sequence (an article's text, headline, date, tags or byline, articles added and
 * deleted, author files edited, added and removed, taglines and an organization's members changed, drafts flipped,
 * descriptions, types of work, columns, letters added and removed, template overrides), the site an
 * incremental build gives is byte for byte the one a fresh full build of the same files gives: in serve (one
 * long-lived session) and in build (a new build after each edit, on one output and one cache folder). On the golden
 * site and on a generated site of 200 articles. A failure prints the edits that led to it and the first file that
 * differs. jqwik does not support JUnit's {@code @TempDir}, so the container makes and removes its own folder.
 */
@Tag("slow")
class IncrementalBuildPropertiesTest {

    private static final int MAX_STEPS = 8;
    private static final ReferenceCache REFERENCE = ReferenceCache.shared();

    private static Path temp;
    private static Path generated;
    private static int tries;

    @BeforeContainer
    static void generateTheBigSite() throws IOException {
        temp = Files.createTempDirectory("byline-incremental-properties");
        generated = temp.resolve("generated");
        GeneratedSite.writeTo(generated);
    }

    /**
     * When shrinking runs out of time, jqwik leaves the try it was running to finish on its own: a build may still be
     * writing into the folder for a moment.
     */
    @AfterContainer
    static void removeFolder() throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                ReferenceCache.deleteTree(temp);
                return;
            } catch (java.io.UncheckedIOException stillWritten) {
                if (attempt == 5) {
                    throw stillWritten;
                }
                Thread.sleep(500);
            }
        }
    }

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
    void servingTheGoldenSiteAfterEveryEditGivesWhatAFreshRenderGives(@ForAll("themes") List<SiteEdit> theme,
            @ForAll("edits") List<Step> steps) {
        replay(golden(), theme, steps, ServeRun::new);
    }

    @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED)
    void buildingTheGoldenSiteAfterEveryEditGivesWhatAFreshBuildGives(@ForAll("themes") List<SiteEdit> theme,
            @ForAll("unannouncedEdits") List<Step> steps) {
        replay(golden(), theme, steps, BuildRun::new);
    }

    @Property(tries = 4, shrinking = ShrinkingMode.BOUNDED)
    void servingAGeneratedSiteAfterEveryEditGivesWhatAFreshRenderGives(@ForAll("themes") List<SiteEdit> theme,
            @ForAll("edits") List<Step> steps) {
        replay(generated, theme, steps, ServeRun::new);
    }

    @Property(tries = 3, shrinking = ShrinkingMode.BOUNDED)
    void buildingAGeneratedSiteAfterEveryEditGivesWhatAFreshBuildGives(@ForAll("themes") List<SiteEdit> theme,
            @ForAll("unannouncedEdits") List<Step> steps) {
        replay(generated, theme, steps, BuildRun::new);
    }

    private static Path golden() {
        return TestSites.fixture("sites", "golden");
    }

    /** Copies the site into a folder of its own for this try, and replays the steps on it. */
    private static void replay(Path original, List<SiteEdit> theme, List<Step> steps,
                               TriFunction<EditedSite, Path, ReferenceCache, IncrementalRun> runs) {
        Path work = temp.resolve("try-" + ++tries);
        EditedSite site = new EditedSite(work.resolve("site"));
        TestSites.copyTree(original.resolve("content"), site.content());
        try {
            EditReplay.replay(site, runs.apply(site, work, REFERENCE), theme, steps);
        } finally {
            ReferenceCache.deleteTree(work);
        }
    }

    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    /**
     * The theme the site starts with: built in, or with edited templates (one or both variants). Starting with them
     * tries every kind of edit under each theme without a javac run per step.
     */
    @Provide
    Arbitrary<List<SiteEdit>> themes() {
        SiteEdit footnote = new TemplateToggled(TemplateVariant.ARTICLE_FOOTNOTE.ordinal());
        SiteEdit bylineLength = new TemplateToggled(TemplateVariant.BYLINE_LENGTH.ordinal());
        return Arbitraries.frequency(Tuple.of(3, List.<SiteEdit>of()), Tuple.of(1, List.of(footnote)),
                Tuple.of(2, List.of(bylineLength)), Tuple.of(1, List.of(footnote, bylineLength)));
    }

    /** Edits, each told to the session half the time, as serve's file watcher tells it. */
    @Provide
    Arbitrary<List<Step>> edits() {
        return Combinators.combine(edit(), Arbitraries.of(true, false)).as(Step::new).list().ofMinSize(1)
                .ofMaxSize(MAX_STEPS);
    }

    /** Edits no one announces: a build in a new process finds them for itself. */
    @Provide
    Arbitrary<List<Step>> unannouncedEdits() {
        return edit().map(edit -> new Step(edit, false)).list().ofMinSize(1).ofMaxSize(MAX_STEPS);
    }

    /**
     * Every kind of edit, the common ones (an article's text above all) more often; template overrides rarely (each
     * new theme runs javac the first time).
     */
    private static Arbitrary<SiteEdit> edit() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 999);
        return Arbitraries.frequencyOf(
                Tuple.of(5, two(n, SentenceAdded::new)),
                Tuple.of(3, n.map(ParagraphRemoved::new)),
                Tuple.of(2, two(n, FirstParagraphChanged::new)),
                Tuple.of(3, two(n, HeadlineChanged::new)),
                Tuple.of(3, two(n, DateMoved::new)),
                Tuple.of(2, two(n, TagAdded::new)),
                Tuple.of(2, n.map(TagRemoved::new)),
                Tuple.of(1, two(n, TagRenamed::new)),
                Tuple.of(2, Combinators.combine(n, n, Arbitraries.integers().between(-1, 9))
                        .as(WritersChanged::new)),
                Tuple.of(2, Combinators.combine(n, n, n, n).as(ArticleAdded::new)),
                Tuple.of(2, n.map(ArticleDeleted::new)),
                Tuple.of(2, n.map(DraftFlipped::new)),
                Tuple.of(2, two(n, DescriptionAdded::new)),
                Tuple.of(2, two(n, AuthorBioChanged::new)),
                Tuple.of(1, two(n, AuthorNameChanged::new)),
                Tuple.of(1, n.map(AuthorFileAdded::new)),
                Tuple.of(1, n.map(AuthorFileRemoved::new)),
                Tuple.of(2, two(n, PageTextChanged::new)),
                Tuple.of(1, two(n, PageTitleChanged::new)),
                Tuple.of(1, n.map(PageNavFlipped::new)),
                Tuple.of(1, two(n, PageOrderChanged::new)),
                Tuple.of(1, two(n, PageAdded::new)),
                Tuple.of(1, n.map(PageDeleted::new)),
                Tuple.of(2, two(n, TypeChanged::new)),
                Tuple.of(1, two(n, ColumnChanged::new)),
                Tuple.of(2, Combinators.combine(n, n, n, n).as(LetterAdded::new)),
                Tuple.of(1, n.map(LetterRemoved::new)),
                Tuple.of(2, two(n, TaglineChanged::new)),
                Tuple.of(2, two(n, MembersChanged::new)),
                Tuple.of(1, Arbitraries.integers().between(0, 1).map(TemplateToggled::new)));
    }

    private static Arbitrary<SiteEdit> two(Arbitrary<Integer> n, BiFunction<Integer, Integer, SiteEdit> edit) {
        return Combinators.combine(n, n).as(edit::apply);
    }
}
