package dev.byline.importer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A post of the old site, as its generator finds it.
 *
 * @param file      its path relative to the old site's folder, with forward slashes: how the report names it
 * @param document  its front matter and body
 * @param fileDate  the date its file name starts with ({@code 2024-05-01-title.md}), or empty
 * @param name      its file name without that date and the extension; a page bundle's folder name
 * @param sections  the folders it sits in that the old URLs use: Jekyll's categories from the folders above
 *                  {@code _posts/}, Hugo's sections under {@code content/}
 * @param bundle    a Hugo page bundle's folder, whose other files are the post's; {@code null} for a single file
 * @param draftFile whether it is a draft by where it is (Jekyll's {@code _drafts/})
 * @param modified  when the file was last changed: the date of a draft that gives none
 */
public record OldPost(String file, OldDocument document, String fileDate, String name, List<String> sections,
                      Path bundle, boolean draftFile, Instant modified) {

    public OldValues values() {
        return document.values();
    }
}
