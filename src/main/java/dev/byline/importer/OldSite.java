package dev.byline.importer;

import dev.byline.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A Jekyll or Hugo site as read from its folder, before anything is mapped.
 *
 * @param generator   "Jekyll" or "Hugo", for the report
 * @param root        the site's folder
 * @param settings    what its settings give site.yaml
 * @param urls        how it made addresses
 * @param syntax      what its posts' template syntax becomes
 * @param tags        a post's tags and categories, as its generator reads them
 * @param posts       its posts, in the order of their paths
 * @param authors     the writers it describes
 * @param publicRoots where a site path ({@code /images/x.png}) of a post is found: Jekyll's site folder, Hugo's
 *                    {@code static/}
 * @param pagesLeft   the files it has that are not posts and are not imported (Hugo's {@code _index.md} section
 *                    pages), for the report
 * @param unreadable  the posts that could not be read, each with why
 */
public record OldSite(String generator, Path root, OldSettings settings, OldUrls urls, TemplateTags syntax,
                      Function<OldPost, List<String>> tags,
                      List<OldPost> posts, List<OldAuthor> authors, List<Path> publicRoots, List<String> pagesLeft,
                      List<Diagnostic> unreadable) {
}
