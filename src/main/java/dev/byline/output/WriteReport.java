package dev.byline.output;

import java.util.Map;

/**
 * What a write did to the output folder.
 *
 * @param written      files written (all of them when the site was written whole)
 * @param unchanged    files left as they were, their bytes being the same
 * @param removed      files of the last build that are no longer part of the site, deleted
 * @param fingerprints every file of the site as written, by path: what a later build's {@link OutputFile.Kept}
 *                     gives back; empty when the writer keeps no manifest
 */
public record WriteReport(int written, int unchanged, int removed, Map<String, String> fingerprints) {

    public WriteReport {
        fingerprints = Map.copyOf(fingerprints);
    }

    static WriteReport nothing() {
        return new WriteReport(0, 0, 0, Map.of());
    }
}
