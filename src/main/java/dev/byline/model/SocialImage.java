package dev.byline.model;

import java.util.Locale;

/**
 * The picture a link preview shows for a page ({@code og:image}, {@code twitter:image}): an article's lead image,
 * an author's picture, or the site's default card (site.yaml {@code image:}).
 *
 * @param src    in a page's {@link PageMeta}, an absolute URL; in {@link SiteConfig#image()}, as site.yaml writes
 *               it (a site path or a URL); empty for no picture
 * @param alt    what the picture shows; empty when not given
 * @param width  in pixels, 0 when unknown (a web address, a file the JDK cannot read)
 * @param height in pixels, 0 when unknown
 */
public record SocialImage(String src, String alt, int width, int height) {

    /** No picture. */
    public static final SocialImage NONE = new SocialImage("", "", 0, 0);

    public boolean isPresent() {
        return !src.isEmpty();
    }

    public boolean hasAlt() {
        return !alt.isEmpty();
    }

    public boolean hasSize() {
        return width > 0 && height > 0;
    }

    /** Whether it is an SVG, which Facebook, X and LinkedIn do not show as a link preview. */
    public boolean isSvg() {
        return src.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** The same picture at another address (a site path made absolute). */
    public SocialImage at(String src) {
        return new SocialImage(src, alt, width, height);
    }
}
