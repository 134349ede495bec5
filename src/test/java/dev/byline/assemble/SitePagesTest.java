package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.content.MarkdownRenderer;
import dev.byline.content.PageDocument;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.Page;
import dev.byline.model.Policy;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.yaml.Located;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitePagesTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer("/opinion/", false,
            new dev.byline.content.ImageSizes(dev.byline.content.ScannedStaticFiles.NONE, "/opinion/"));

    private final Diagnostics diagnostics = new Diagnostics();

    private static SiteConfig config(Policy... policies) {
        return SiteConfigs.standard().withBaseUrl("https://example.org/opinion/").withPolicies(policies)
                .build();
    }

    private static PageDocument page(String relative, String slug, String title, int order) {
        String display = "content/pages/" + relative;
        SourceFile file = new SourceFile(SourceKind.PAGE, Path.of(display), display, relative);
        return new PageDocument(file, new Located<>(slug, new Position(display, 3, 7)), title, "", null, false,
                order, MARKDOWN.render("Text."));
    }

    private static Policy policy(Policy.Kind kind, String target, int line) {
        return new Policy(kind, target, new Position("content/site.yaml", line, 16));
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void pagesAreSortedByOrderThenTitleWithTheUnorderedLast() {
        List<Page> pages = SitePages.assemble(List.of(
                page("z.md", "zebra", "Zebra", 1),
                page("ethics.md", "ethics", "Ethics", Page.UNORDERED),
                page("about.md", "about", "about", 1),
                page("masthead.md", "masthead", "Masthead", 0),
                page("corrections.md", "corrections-policy", "Corrections", Page.UNORDERED)), config(), diagnostics);

        assertThat(messages()).isEmpty();
        assertThat(pages).extracting(Page::slug)
                .containsExactly("masthead", "about", "zebra", "corrections-policy", "ethics");
        assertThat(pages.get(1).url()).isEqualTo("/opinion/about/");
        assertThat(pages.get(1).source()).isEqualTo("content/pages/about.md");
    }

    @Test
    void aSecondPageAtTheSameAddressIsAnErrorNamingTheFirst() {
        List<Page> pages = SitePages.assemble(List.of(
                page("team/about-the-team.md", "about", "About the team", 1),
                page("about.md", "about", "About", 2)), config(), diagnostics);

        assertThat(pages).extracting(Page::title).containsExactly("About");
        assertThat(messages()).containsExactly("content/pages/team/about-the-team.md:3:7: error: this page's "
                + "address, /about/, is content/pages/about.md's too; give one of them another slug with a line "
                + "such as \"slug: about-2\"");
    }

    @Test
    void aPolicyNamingNoPageIsAnErrorAtItsLineInSiteYaml() {
        SitePages.assemble(List.of(page("corrections-policy.md", "corrections-policy", "Corrections", 1),
                        page("ethics.md", "ethics", "Ethics", 2)),
                config(policy(Policy.Kind.CORRECTIONS, "correction-policy", 4),
                        policy(Policy.Kind.ETHICS, "https://example.org/standards/", 5),
                        policy(Policy.Kind.MASTHEAD, "masthead", 6)), diagnostics);

        assertThat(messages()).containsExactly(
                "content/site.yaml:4:16: error: policies: corrections names the page \"correction-policy\", but no "
                        + "page in content/pages/ has that slug; did you mean corrections-policy?",
                "content/site.yaml:6:16: error: policies: masthead names the page \"masthead\", but no page in "
                        + "content/pages/ has that slug (the pages: corrections-policy, ethics)");
    }

    @Test
    void aPolicyOnASiteWithoutPagesSaysWhereThePageGoes() {
        SitePages.assemble(List.of(), config(policy(Policy.Kind.ETHICS, "ethics-policy", 3)), diagnostics);

        assertThat(messages()).containsExactly("content/site.yaml:3:16: error: policies: ethics names the page "
                + "\"ethics-policy\", but no page in content/pages/ has that slug; add content/pages/ethics-policy.md, "
                + "or give a full web address");
    }
}
