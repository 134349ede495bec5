package dev.byline.model;

import java.util.List;

/**
 * What site.yaml says about the theme's look: the accent colour and extra navigation links. A theme is free to use
 * them or not; the default theme writes {@link #customProperties()} into the head and the links after its own.
 *
 * @param accent     the accent colour on light pages, {@code #rrggbb}; empty for the theme's own
 * @param accentDark the accent colour in dark mode, {@code #rrggbb}; empty for the theme's own
 * @param nav        links appended to the navigation, in the order given
 */
public record ThemeSettings(String accent, String accentDark, List<NavLink> nav) {

    /** No accent and no extra links: the theme as it ships. */
    public static final ThemeSettings DEFAULT = new ThemeSettings("", "", List.of());

    public ThemeSettings {
        nav = List.copyOf(nav);
    }

    /**
     * The CSS custom properties the accent colours set ({@code --accent-light:#1d5e8c;--accent-dark:#8eafc6}),
     * for a {@code :root} rule in the page; empty when site.yaml sets no colour.
     */
    public String customProperties() {
        return declaration("--accent-light", accent) + declaration("--accent-dark", accentDark);
    }

    private static String declaration(String property, String colour) {
        return colour.isEmpty() ? "" : property + ":" + colour + ";";
    }
}
