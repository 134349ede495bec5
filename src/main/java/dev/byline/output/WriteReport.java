package dev.byline.output;

/**
 * What a write did to the output folder.
 *
 * @param written   files written (all of them when the site was written whole)
 * @param unchanged files left as they were, their bytes being the same
 * @param removed   files of the last build that are no longer part of the site, deleted
 */
public record WriteReport(int written, int unchanged, int removed) {
}
