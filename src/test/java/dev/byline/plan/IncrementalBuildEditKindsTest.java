package dev.byline.plan;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.byline.plan.SiteEdit.TypeChanged;
import dev.byline.plan.SiteEdit.WritersChanged;
import dev.byline.testing.TestSites;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One edit of each kind on the golden site, so that a failure names its kind: afterwards the incremental site is
 * byte for byte the fresh one, in serve (told the changed files by the watcher, and not) and in build. Each edit
 * changes what the fresh build gives, so none of these passes by changing nothing. Random sequences of them are
 * {@link IncrementalBuildPropertiesTest}.
 */
@Tag("slow")
class IncrementalBuildEditKindsTest {

    private static final ReferenceCache REFERENCE = ReferenceCache.shared();

    @TempDir
    Path temp;

    /**
     * The golden site's articles in path order: 0 2025/Café-Society (published), 1 draft, 2 expired, 3 hopper
     * (published), 4 ledger-of-errors (published, no description, answered by 5), 5 letter-on-ledgers (a letter),
     * 6 maps-for-everyone (a guest essay), 7 night-bus (a column piece), 8 scheduled, 9 the-clock-tower (by the
     * organization), 10 the-engine-shed (by the organization and Ada Byron); its author files: 0 ada-byron,
     * 1 the-gazette-board (an organization of 0 and 2), 2 unused-author; its people's files: 0 ada-byron,
     * 1 unused-author; its pages: 0 about (in the navigation), 1 masthead (in the navigation, named by a policy),
     * 2 policies/corrections (named by a policy). {@link SiteEdit#WRITERS}: 8 Ada Byron, 9 Grace Hopper,
     * 10 The Gazette Board.
     */
    static Stream<SiteEdit> oneEditOfEachKind() {
        return Stream.of(
                new SentenceAdded(3, 1),
                new ParagraphRemoved(4),
                new FirstParagraphChanged(4, 2),
                new HeadlineChanged(0, 3),
                new DateMoved(3, 500),
                new TagAdded(3, 1),
                new TagRemoved(0),
                new TagRenamed(3, 0),
                new WritersChanged(3, 8, 2),
                new WritersChanged(3, 10, -1),
                new WritersChanged(7, 9, -1),
                new ArticleAdded(5, 9, 0, 100),
                new ArticleDeleted(0),
                new DraftFlipped(3),
                new DraftFlipped(1),
                new DescriptionAdded(4, 5),
                new AuthorBioChanged(0, 3),
                new AuthorBioChanged(1, 3),
                new AuthorNameChanged(0, 2),
                new AuthorFileAdded(9),
                new AuthorFileRemoved(0),
                new PageTextChanged(0, 1),
                new PageTitleChanged(1, 2),
                new PageNavFlipped(2),
                new PageOrderChanged(0, 0),
                new PageAdded(3, 0),
                new PageDeleted(1),
                new PageDeleted(0),
                new TypeChanged(3, 1),
                new ColumnChanged(4, 1),
                new LetterAdded(7, 3, 9, 600),
                new LetterRemoved(0),
                new AuthorFileRemoved(2),
                new TaglineChanged(0, 4),
                new TaglineChanged(1, 4),
                new MembersChanged(0, 0),
                new MembersChanged(0, 1),
                new TemplateToggled(0),
                new TemplateToggled(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneEditOfEachKind")
    void afterOneEditTheServeSessionGivesWhatAFreshRenderGives(SiteEdit edit) {
        for (boolean announced : List.of(true, false)) {
            Path work = temp.resolve(announced ? "announced" : "found");
            EditedSite site = golden(work);
            checkOneEdit(site, new ServeRun(site, work.resolve("cache"), REFERENCE), new Step(edit, announced));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneEditOfEachKind")
    void afterOneEditABuildGivesWhatAFreshBuildGives(SiteEdit edit) {
        EditedSite site = golden(temp);
        checkOneEdit(site, new BuildRun(site, temp, REFERENCE), new Step(edit, false));
    }

    @Test
    void everyKindOfEditHasAnExampleHere() {
        assertThat(oneEditOfEachKind().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(SiteEdit.class.getPermittedSubclasses()));
    }

    private static EditedSite golden(Path work) {
        EditedSite site = new EditedSite(work.resolve("site"));
        TestSites.copyTree(TestSites.fixture("sites", "golden").resolve("content"), site.content());
        return site;
    }

    private static void checkOneEdit(EditedSite site, IncrementalRun run, Step step) {
        Map<String, byte[]> before = run.start();
        SiteEdit.Applied applied = step.edit().apply(site);
        IncrementalRun.Outcome outcome = run.rebuild(applied.changed(), step.announced());

        assertThat(outcome.difference()).as(applied.description()).isEmpty();
        assertThat(SiteOutputs.difference(before, outcome.fresh())).as("the edit shows in the site: %s",
                applied.description()).isPresent();
    }
}
