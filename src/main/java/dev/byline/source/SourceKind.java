package dev.byline.source;

/** What a file in the user's folder is for. */
public enum SourceKind {
    /** {@code content/site.yaml}. */
    CONFIG,
    /** {@code content/articles/**.md} (or {@code .markdown}). */
    ARTICLE,
    /** {@code content/pages/**.md} (or {@code .markdown}): About, Masthead, the policies. */
    PAGE,
    /** {@code content/authors/<slug>.yaml}. */
    AUTHOR,
    /** {@code content/static/**}, copied to the site root. */
    STATIC,
    /** {@code templates/**.jte}. */
    TEMPLATE,
    /** {@code templates/assets/**}, copied to {@code /assets/}. */
    ASSET
}
