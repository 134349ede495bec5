package dev.byline.importer;

import java.util.List;

/**
 * Where an imported post was on the old site, for the redirects that keep its old links working.
 *
 * @param article the new article's file ({@code content/articles/x.md})
 * @param newUrl  its site path on the new site ({@code /articles/x/})
 * @param oldUrl  its site path on the old site, by the old site's rules
 * @param aliases the other old paths that led to it
 */
public record OldAddress(String article, String newUrl, String oldUrl, List<String> aliases) {
}
