package dev.byline.importer;

import java.util.List;

/** How the old site made its posts' addresses, each by its own generator's rules. */
public interface OldUrls {

    /**
     * The site path the post was served at ({@code /2016/09/29/rust-1.12.html}), base path included.
     *
     * @param date the post's date
     */
    String urlOf(OldPost post, OldDate date);

    /** The other paths that redirected to it ({@code redirect_from}, {@code aliases}), as site paths. */
    List<String> aliasesOf(OldPost post);
}
