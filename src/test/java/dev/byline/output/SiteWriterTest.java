package dev.byline.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    private static OutputFile page(String file, String text) {
        return new OutputFile.Rendered(file, "test.jte", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesRenderedAndCopiedFilesIntoTheOutputFolder(@TempDir Path temp) throws IOException {
        Path source = Files.writeString(temp.resolve("logo.svg"), "<svg/>");
        Path output = temp.resolve("site-out");

        SiteWrites.write(new SiteWriter(output), List.of(page("index.html", "home"),
                page("articles/a/index.html", "a"), new OutputFile.Copied("images/logo.svg", "logo.svg", source)));

        assertThat(output.resolve("index.html")).hasContent("home");
        assertThat(output.resolve("articles/a/index.html")).hasContent("a");
        assertThat(output.resolve("images/logo.svg")).hasContent("<svg/>");
    }

    @Test
    void aSpareLeftHalfWrittenByAKilledRunIsNeverSwappedIn(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        Files.createDirectories(temp.resolve(".site-out.byline-spare/articles"));
        Files.writeString(temp.resolve(".site-out.byline-spare/articles/half.html"), "half");

        SiteWrites.write(new SiteWriter(output), List.of(page("index.html", "home")));

        assertThat(TestSites.tree(output)).containsOnlyKeys("index.html", SiteWriter.MARKER);
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).doesNotContain(".site-out.byline-spare");
        }
    }

    @Test
    void pagesPutIntoADraftAreInTheSiteOnlyOnceTheWriteSwapsTheDraftIn(@TempDir Path temp) throws IOException {
        Path source = Files.writeString(temp.resolve("logo.svg"), "<svg/>");
        Path output = temp.resolve("site-out");
        SiteWriter writer = new SiteWriter(output, temp.resolve("cache/site"));
        Draft draft = writer.draft().orElseThrow();

        OutputFile home = draft.put(page("index.html", "home"));
        OutputFile article = draft.put(page("articles/a/index.html", "a"));
        OutputFile logo = draft.put(new OutputFile.Copied("images/logo.svg", "logo.svg", source));

        assertThat(home).isInstanceOf(OutputFile.Written.class);
        assertThat(logo).as("a copy is made by the write").isInstanceOf(OutputFile.Copied.class);
        assertThat(output).doesNotExist();
        writer.write(List.of(home, article, logo), Optional.of(draft), () -> { }, new Diagnostics());
        assertThat(TestSites.tree(output)).containsOnlyKeys("index.html", "articles/a/index.html",
                "images/logo.svg", SiteWriter.MARKER);
        assertThat(output.resolve("articles/a/index.html")).hasContent("a");
        assertThat(writer.isAsLastWritten()).isTrue();
        assertThat(besideOutput(temp)).noneMatch(name -> name.contains("byline-draft"));
    }

    @Test
    void aDiscardedDraftLeavesTheOutputFolderAsItWas(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        SiteWriter writer = new SiteWriter(output, temp.resolve("cache/site"));
        SiteWrites.write(writer, List.of(page("index.html", "last good")));
        Draft draft = writer.draft().orElseThrow();
        draft.put(page("index.html", "half a new site"));

        draft.discard();

        assertThat(output.resolve("index.html")).hasContent("last good");
        assertThat(besideOutput(temp)).noneMatch(name -> name.contains("byline-draft"));
    }

    @Test
    void theDraftOfABuildThatIsNoLongerRunningIsRemovedByTheNextBuild(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        long ended = Integer.MAX_VALUE; // above any pid a system gives
        Path abandoned = Files.createDirectories(temp.resolve(".site-out.byline-draft-" + ended + "-1/articles"));
        Files.writeString(abandoned.resolve("half.html"), "half");

        new SiteWriter(output).draft().orElseThrow().discard();

        assertThat(besideOutput(temp)).isEmpty();
    }

    @Test
    void aSiteWithASpareToUpdateTakesNoDraft(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        SiteWriter writer = new SiteWriter(output, temp.resolve("cache/site"));
        SiteWrites.write(writer, List.of(page("index.html", "first")));
        SiteWrites.write(writer, List.of(page("index.html", "second")));

        assertThat(writer.draft()).as("the spare is brought up to date instead").isEmpty();
    }

    private static List<String> besideOutput(Path folder) throws IOException {
        try (var siblings = Files.list(folder)) {
            return siblings.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".site-out"))
                    .toList();
        }
    }

    @Test
    void aSwapCutBetweenItsRenamesIsFinishedBeforeAnythingElse(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        SiteWriter writer = new SiteWriter(output, temp.resolve("cache/site"));
        SiteWrites.write(writer, List.of(page("index.html", "complete spare"), page("a/index.html", "a")));
        SiteWrites.write(writer, List.of(page("index.html", "current"), page("a/index.html", "a")));
        // a run killed after the swap's first rename: the complete spare was about to go in
        Files.move(output, temp.resolve(".site-out.byline-retiring"));

        new SiteWriter(output, temp.resolve("cache/site")).recover();

        assertThat(output.resolve("index.html")).hasContent("complete spare");
        assertThat(temp.resolve(".site-out.byline-spare/index.html")).hasContent("current");
        assertThat(temp.resolve(".site-out.byline-retiring")).doesNotExist();
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndNothingChanges(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site-out");
        SiteWriter writer = new SiteWriter(output, temp.resolve("cache/site"));
        SiteWrites.write(writer, List.of(page("index.html", "last good")));
        Map<String, byte[]> lastGood = TestSites.tree(output);
        Path folderNotFile = Files.createDirectories(temp.resolve("content/static/s.txt"));
        Path gone = temp.resolve("content/static/gone.txt");

        Diagnostics diagnostics = new Diagnostics();
        writer.write(List.of(page("index.html", "new"),
                new OutputFile.Copied("s.txt", "content/static/s.txt", folderNotFile),
                new OutputFile.Copied("gone.txt", "content/static/gone.txt", gone)), () -> { }, diagnostics);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/static/gone.txt: error: cannot be read (it was removed while the site was being built)",
                "content/static/s.txt: error: cannot be read (it is a folder, not a file)");
        assertThat(TestSites.tree(output)).containsOnlyKeys(lastGood.keySet());
        assertThat(output.resolve("index.html")).hasContent("last good");
        assertThat(writer.isAsLastWritten()).isTrue();
    }

    @Test
    void manyFilesInFewFoldersAreAllWrittenByTheParallelWriters(@TempDir Path temp) throws IOException {
        List<OutputFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            files.add(page("tags/t" + (i % 30) + "/page/" + (i % 7) + "/file-" + i + ".html", "page " + i));
        }

        for (int round = 0; round < 3; round++) {
            Path output = temp.resolve("site-out-" + round);
            SiteWrites.write(new SiteWriter(output), files);

            assertThat(output.resolve("tags/t29/page/3/file-2999.html")).hasContent("page 2999");
            try (var written = Files.walk(output)) {
                assertThat(written.filter(Files::isRegularFile).count()).isEqualTo(files.size() + 1); // + marker
            }
        }
    }
}
