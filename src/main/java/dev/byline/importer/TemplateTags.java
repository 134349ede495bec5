package dev.byline.importer;

import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * What one generator's template tags in a post's body become in Markdown Byline renders: Jekyll's Liquid, Hugo's
 * shortcodes. A tag it cannot convert is left as written, and named in the report.
 */
public interface TemplateTags {

    /**
     * What replaces {@code tag}, a tag found in {@code body}, or empty to leave it as written.
     *
     * @param links the new addresses of the site's posts, for tags that link to one
     */
    Optional<Replacement> convert(String body, MatchResult tag, LinkTargets links);

    /**
     * @param text the Markdown that replaces the tag
     * @param end  where in the body the replaced text ends: the tag's end, or its closing tag's for a block
     */
    record Replacement(String text, int end) {
    }

    /** A fenced block of the code, on lines of its own; a longer fence when the code holds one. */
    static String fencedCode(String language, String code) {
        String trimmed = code.replaceFirst("^[ \\t]*\\r?\\n", "").replaceFirst("\\r?\\n[ \\t]*$", "");
        String fence = "```";
        while (trimmed.contains(fence)) {
            fence += "`";
        }
        return fence + language + "\n" + trimmed + "\n" + fence;
    }
}
