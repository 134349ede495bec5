package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.model.Page;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageParserTest {

    @TempDir
    Path temp;

    private final Diagnostics diagnostics = new Diagnostics();

    /** Parses {@code text} as the file {@code content/pages/<relative>}. */
    private Optional<PageDocument> parse(String relative, String text) throws IOException {
        Path file = temp.resolve("content/pages").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        PageParser parser = new PageParser(ZoneId.of("America/New_York"),
                new MarkdownRenderer("/opinion/", false, new ImageSizes(ScannedStaticFiles.NONE, "/opinion/")));
        return parser.parse(new SourceFile(SourceKind.PAGE, file, "content/pages/" + relative, relative),
                diagnostics);
    }

    private String messages() {
        return String.join("\n", diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void everyKeyIsReadAndTheBodyIsRenderedAsAnArticle() throws IOException {
        PageDocument page = parse("about.md", """
                ---
                title: "About us"
                description: Who we are.
                slug: about-the-desk
                nav: true
                order: 2
                updated: 2025-09-01
                ---
                We publish "opinion" about the [campus](/tags/campus/).
                """).orElseThrow();

        assertThat(messages()).isEmpty();
        assertThat(page.title()).isEqualTo("About us");
        assertThat(page.description()).isEqualTo("Who we are.");
        assertThat(page.slug().value()).isEqualTo("about-the-desk");
        assertThat(page.nav()).isTrue();
        assertThat(page.order()).isEqualTo(2);
        assertThat(page.updated().iso()).isEqualTo("2025-09-01T00:00:00-04:00");
        assertThat(page.body().html().value()).isEqualTo(
                "<p>We publish “opinion” about the <a href=\"/opinion/tags/campus/\">campus</a>.</p>\n");
    }

    @Test
    void onlyTheTitleIsRequiredAndTheSlugIsTheFileNameEvenInAFolder() throws IOException {
        PageDocument page = parse("policies/Ethics Policy.md", "---\ntitle: Ethics\n---\nText.\n").orElseThrow();

        assertThat(messages()).isEmpty();
        assertThat(page.slug().value()).isEqualTo("ethics-policy");
        assertThat(page.nav()).isFalse();
        assertThat(page.order()).isEqualTo(Page.UNORDERED);
        assertThat(page.updated()).isNull();
        assertThat(page.description()).isEmpty();
    }

    @Test
    void aMissingTitleIsAnErrorAtTheFrontMatter() throws IOException {
        assertThat(parse("about.md", "---\nnav: true\n---\nText.\n")).isEmpty();

        assertThat(messages()).isEqualTo(
                "content/pages/about.md:2:1: error: missing title; add a line such as title: About us");
    }

    @Test
    void aSlugOfTheSitesOwnPathsIsAnErrorWhereItIsWritten() throws IOException {
        assertThat(parse("list.md", "---\ntitle: Corrections\nslug: corrections\n---\nText.\n")).isEmpty();
        assertThat(parse("tags.md", "---\ntitle: Tags\n---\nText.\n")).isEmpty();

        assertThat(messages()).isEqualTo("""
                content/pages/list.md:3:7: error: the page's address would be /corrections/, which is the site's \
                own (Byline makes /articles/, /authors/, /tags/, /types/, /columns/, /corrections/, /assets/, \
                /page/); give the page another with a line such as "slug: our-corrections"
                content/pages/tags.md: error: the page's address would be /tags/, which is the site's own (Byline \
                makes /articles/, /authors/, /tags/, /types/, /columns/, /corrections/, /assets/, /page/); give the \
                page another with a line such as "slug: our-tags\"""");
    }

    @Test
    void wrongValuesAreEachReportedWithTheirPlace() throws IOException {
        assertThat(parse("contact.md", """
                ---
                title: Contact
                slug: "Contact Us"
                order: first
                updated: yesterday
                nav: yes please
                ---
                Write to us.
                """)).isEmpty();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/pages/contact.md:3:7: error: slug \"Contact Us\" may only contain lower-case letters, "
                        + "digits and single hyphens; try contact-us",
                "content/pages/contact.md:4:8: error: order must be a whole number, found text",
                "content/pages/contact.md:5:10: error: updated \"yesterday\" is not a valid date (accepted: "
                        + "2025-08-15, 2025-08-15T09:30 or 2025-08-15T09:30:00+02:00)",
                "content/pages/contact.md:6:6: error: nav must be true or false, found text");
    }

    @Test
    void anUnknownKeyIsAWarningWithTheNearestKnownOne() throws IOException {
        assertThat(parse("about.md", "---\ntitle: About\nnva: true\nlayout: page\n---\nText.\n")).isPresent();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/pages/about.md:3:1: warning: nva: unknown key, did you mean nav?",
                "content/pages/about.md:4:1: warning: layout: unknown key (known keys: title, description, slug, "
                        + "nav, order, updated)");
    }

    @Test
    void aFileWithoutFrontMatterSaysHowAPageStarts() throws IOException {
        assertThat(parse("about.md", "About us.\n")).isEmpty();

        assertThat(messages()).isEqualTo("content/pages/about.md:1:1: error: missing front matter; a page starts "
                + "with \"---\", then a line such as \"title: About us\", then \"---\", then its text");
    }
}
