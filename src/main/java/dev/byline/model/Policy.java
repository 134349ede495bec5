package dev.byline.model;

import dev.byline.diag.Position;
import java.util.Locale;

/**
 * One of the publisher's policies site.yaml names ({@code policies:}): a page of the site, by slug, or a full web
 * address. Search engines read them in every page's structured data; the footer links to them.
 *
 * @param target  a page's slug, or a web address
 * @param written where site.yaml gives it, for the message when no page has the slug
 */
public record Policy(Kind kind, String target, Position written) {

    /** The policies a news publisher states, with site.yaml's key and schema.org's property for each. */
    public enum Kind {
        CORRECTIONS("corrections", "correctionsPolicy", "Corrections policy"),
        ETHICS("ethics", "ethicsPolicy", "Ethics policy"),
        MASTHEAD("masthead", "masthead", "Masthead"),
        FACT_CHECKING("factChecking", "verificationFactCheckingPolicy", "Fact-checking policy");

        private final String key;
        private final String property;
        private final String label;

        Kind(String key, String property, String label) {
            this.key = key;
            this.property = property;
            this.label = label;
        }

        /** Its key under {@code policies:} in site.yaml. */
        public String key() {
            return key;
        }

        /** The schema.org property of a {@code NewsMediaOrganization} that links to it. */
        public String property() {
            return property;
        }

        /** The footer's link text. */
        public String label() {
            return label;
        }
    }

    /** Whether it names a page of the site (by slug) rather than a web address. */
    public boolean isPage() {
        String lower = target.toLowerCase(Locale.ROOT);
        return !lower.startsWith("https://") && !lower.startsWith("http://");
    }
}
