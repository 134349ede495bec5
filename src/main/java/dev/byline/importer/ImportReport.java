package dev.byline.importer;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Plural;
import java.util.List;

/**
 * What an import did, for the writer: counts, then each post it could not import with why, each template tag it
 * left as written, what it noted on the way, and every post's old address.
 *
 * @param generator   the old site's generator
 * @param postsFound  the posts the old site has
 * @param imported    the articles written (drafts included)
 * @param drafts      how many of them are drafts
 * @param authors     the author files written
 * @param copied      the files copied
 * @param converted   the template tags converted to Markdown
 * @param left        the template tags left as written: {@code content/articles/x.md:12: {% include x %}}
 * @param failed      the posts not imported, with why
 * @param notes       what was changed or left out on the way, as warnings
 * @param sectionPages the old site's pages that are not posts and were not imported
 * @param addresses   each imported post's old and new addresses
 */
public record ImportReport(String generator, int postsFound, int imported, int drafts, int authors, int copied,
                           int converted, List<String> left, List<Diagnostic> failed, List<Diagnostic> notes,
                           List<String> sectionPages, List<OldAddress> addresses) {

    /** The report's file in the new folder: beside content/, so it is never published. */
    public static final String FILE = "import-report.txt";

    /** The lines printed at the end of an import. */
    public List<String> summary() {
        return List.of(
                "Imported " + Plural.of(imported, "post") + " of " + postsFound + " from " + generator + " ("
                        + Plural.of(drafts, "draft") + "), " + Plural.of(authors, "author") + ", "
                        + Plural.of(copied, "file") + " copied",
                "Template syntax: " + converted + " converted, " + left.size() + " left as written"
                        + (left.isEmpty() ? "" : " (listed in " + FILE + ")"),
                failed.isEmpty() ? "Every post was imported." : Plural.of(failed.size(), "post")
                        + " could not be imported (listed above and in " + FILE + ")");
    }

    /** The whole report, as {@link #FILE} holds it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Byline import from ").append(generator).append('\n');
        summary().forEach(line -> out.append(line).append('\n'));
        section(out, "Posts not imported", failed.stream().map(Diagnostic::format).toList());
        section(out, "Template syntax left as written: the page shows it as text until you edit it", left);
        section(out, "Notes", notes.stream().map(Diagnostic::format).toList());
        section(out, "Pages of the old site that are not posts, not imported", sectionPages);
        section(out, "Old addresses: each article's new path, then its old path and the old paths that redirected to "
                + "it, tab-separated. Each old path the new one is not is in the article's aliases:, and answers with a redirect",
                addresses.stream().map(address -> address.newUrl() + "\t" + address.oldUrl()
                        + address.aliases().stream().map(alias -> "\t" + alias).reduce("", String::concat)).toList());
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        lines.forEach(line -> out.append("  ").append(line).append('\n'));
    }
}
