package dev.byline.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a manifest, a writer touches only the files whose bytes change, and trusts the folder only while untouched. */
class SiteWriterIncrementalTest {

    @TempDir
    Path temp;

    private Path output() {
        return temp.resolve("site-out");
    }

    private SiteWriter writer() {
        return new SiteWriter(output(), temp.resolve("cache/output/site"));
    }

    private static OutputFile page(String file, String text) {
        return new OutputFile.Rendered(file, "test.jte", text.getBytes(StandardCharsets.UTF_8));
    }

    private static final List<OutputFile> TAG_PAGES = List.of(page("tags/t1/index.html", "1"),
            page("tags/t2/index.html", "2"), page("tags/t3/index.html", "3"), page("tags/t4/index.html", "4"));

    private List<OutputFile> site(String homeText) {
        return concat(List.of(page("index.html", homeText), page("articles/a/index.html", "a"),
                page("articles/b/index.html", "b"), page("feed.xml", "<feed/>")), TAG_PAGES);
    }

    private static List<OutputFile> concat(List<OutputFile> first, List<OutputFile> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private Object identity(String file) throws IOException {
        return Files.readAttributes(output().resolve(file), BasicFileAttributes.class).fileKey();
    }

    @Test
    void writingTheSameSiteAgainWritesNothing() throws IOException {
        SiteWrites.write(writer(), site("home"));
        Object before = identity("articles/a/index.html");

        WriteReport report = SiteWrites.write(writer(), site("home"));

        assertThat(counts(report)).containsExactly(0, 8, 0);
        assertThat(identity("articles/a/index.html")).isEqualTo(before);
        assertThat(writer().isAsLastWritten()).isTrue();
    }

    @Test
    void onlyChangedFilesAreRewrittenAndRemovedPagesGoWithTheirEmptyFolders() throws IOException {
        SiteWrites.write(writer(), site("home"));
        Object untouched = identity("articles/a/index.html");
        List<OutputFile> next = concat(List.of(page("index.html", "new home"), page("articles/a/index.html", "a"),
                page("feed.xml", "<feed/>"), page("about/index.html", "about")), TAG_PAGES);

        WriteReport report = SiteWrites.write(writer(), next);

        assertThat(counts(report)).containsExactly(2, 6, 1);
        assertThat(output().resolve("index.html")).hasContent("new home");
        assertThat(output().resolve("about/index.html")).hasContent("about");
        assertThat(output().resolve("articles/b")).doesNotExist();
        assertThat(identity("articles/a/index.html")).isEqualTo(untouched);
        assertThat(output().resolve(SiteWriter.MARKER)).exists();
        try (var leftovers = Files.walk(output())) {
            assertThat(leftovers).noneMatch(path -> path.getFileName().toString().startsWith(".byline-tmp-"));
        }
        assertThat(writer().isAsLastWritten()).isTrue();
    }

    @Test
    void aFileSomeoneAddedToTheOutputSendsTheNextWriteBackToWritingTheWholeSite() throws IOException {
        SiteWrites.write(writer(), site("home"));
        Files.writeString(output().resolve("articles/a/notes.txt"), "mine");

        assertThat(writer().isAsLastWritten()).isFalse();
        WriteReport report = SiteWrites.write(writer(), site("home"));

        assertThat(counts(report)).containsExactly(8, 0, 0);
        assertThat(output().resolve("articles/a/notes.txt")).doesNotExist();
        assertThat(writer().isAsLastWritten()).isTrue();
    }

    @Test
    void aPageSomeoneEditedOrDeletedIsNoLongerTrusted() throws IOException {
        SiteWrites.write(writer(), site("home"));
        Files.writeString(output().resolve("feed.xml"), "<edited/>");
        assertThat(writer().isAsLastWritten()).isFalse();

        SiteWrites.write(writer(), site("home"));
        Files.delete(output().resolve("articles/b/index.html"));
        assertThat(writer().isAsLastWritten()).isFalse();

        SiteWrites.write(writer(), site("home"));
        assertThat(output().resolve("articles/b/index.html")).hasContent("b");
        assertThat(output().resolve("feed.xml")).hasContent("<feed/>");
    }

    @Test
    void whenMostFilesChangeTheNewSiteIsSwappedInWithoutTheRemovedOnes() throws IOException {
        SiteWrites.write(writer(), site("home"));
        List<OutputFile> rewritten = List.of(page("index.html", "2"), page("articles/a/index.html", "2"),
                page("articles/b/index.html", "2"), page("feed.xml", "2"));

        WriteReport report = SiteWrites.write(writer(), rewritten);

        assertThat(counts(report)).containsExactly(4, 0, 4);
        assertThat(output().resolve("articles/b/index.html")).hasContent("2");
        assertThat(output().resolve("tags")).doesNotExist();
    }

    @Test
    void aWriterWithoutAManifestAlwaysWritesTheWholeSite() throws IOException {
        SiteWrites.write(new SiteWriter(output()), site("home"));

        WriteReport report = SiteWrites.write(new SiteWriter(output()), site("home"));

        assertThat(counts(report)).containsExactly(8, 0, 0);
        assertThat(new SiteWriter(output()).isAsLastWritten()).isFalse();
    }

    @Test
    void aCopiedFileIsCopiedAgainOnlyWhenItsSourceChanges() throws IOException {
        Path logo = Files.writeString(temp.resolve("logo.svg"), "<svg/>");
        List<OutputFile> files = List.of(page("index.html", "home"), page("a.html", "a"), page("b.html", "b"),
                new OutputFile.Copied("logo.svg", "logo.svg", logo));
        SiteWrites.write(writer(), files);

        assertThat(SiteWrites.write(writer(), files).written()).isZero();
        Files.writeString(logo, "<svg viewBox='0 0 1 1'/>");
        WriteReport report = SiteWrites.write(writer(), files);

        assertThat(report.written()).isEqualTo(1);
        assertThat(output().resolve("logo.svg")).hasContent("<svg viewBox='0 0 1 1'/>");
    }

    private static List<OutputFile> withTags(OutputFile... more) {
        return concat(TAG_PAGES, List.of(more));
    }

    @Test
    void aCopiedLinkIsCopiedAgainWhenTheFileItLeadsToChanges() throws IOException {
        Path target = Files.writeString(temp.resolve("og-v1.png"), "old image");
        Path link = Files.createSymbolicLink(temp.resolve("og.png"), target.getFileName());
        SiteWrites.write(writer(), withTags(new OutputFile.Copied("og.png", "content/static/og.png", link)));

        Files.writeString(target, "a new, longer image");
        SiteWrites.write(writer(), withTags(new OutputFile.Copied("og.png", "content/static/og.png", link)));

        assertThat(output().resolve("og.png")).hasContent("a new, longer image");
    }

    @Test
    void aSourceRewrittenWithItsOldSizeAndTimeIsCopiedAgain() throws IOException {
        Path css = Files.writeString(temp.resolve("lib.css"), "a{color:#f00}");
        FileTime fixed = FileTime.fromMillis(499_162_500_000L); // 1985-10-26, the time npm gives every file
        Files.setLastModifiedTime(css, fixed);
        SiteWrites.write(writer(), withTags(new OutputFile.Copied("lib.css", "content/static/lib.css", css)));

        Files.writeString(css, "a{color:#0f0}");
        Files.setLastModifiedTime(css, fixed);
        SiteWrites.write(writer(), withTags(new OutputFile.Copied("lib.css", "content/static/lib.css", css)));

        assertThat(output().resolve("lib.css")).hasContent("a{color:#0f0}");
    }

    @Test
    void aPageFolderThatBecomesAFileAndBackIsWritten() throws IOException {
        SiteWrites.write(writer(), withTags(page("docs/index.html", "docs")));

        SiteWrites.write(writer(), withTags(page("docs", "a file now")));
        assertThat(output().resolve("docs")).hasContent("a file now");
        SiteWrites.write(writer(), withTags(page("docs/index.html", "a folder again")));

        assertThat(output().resolve("docs/index.html")).hasContent("a folder again");
        assertThat(writer().isAsLastWritten()).isTrue();
    }

    @Test
    void aFileRenamedOnlyInCaseReplacesTheOldOne() throws IOException {
        SiteWrites.write(writer(), withTags(page("Logo.svg", "<svg/>")));

        WriteReport report = SiteWrites.write(writer(), withTags(page("logo.svg", "<svg/>")));

        assertThat(counts(report)).containsExactly(1, 4, 1);
        assertThat(output().resolve("logo.svg")).hasContent("<svg/>");
        assertThat(output().resolve("Logo.svg")).doesNotExist();
    }

    /** Written, unchanged and removed files. */
    private static List<Integer> counts(WriteReport report) {
        return List.of(report.written(), report.unchanged(), report.removed());
    }
}
