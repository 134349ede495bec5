package dev.byline.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The colours site.yaml may set: hexadecimal only, so that a value can go into the page's CSS as it is. */
final class Colours {

    private static final Pattern HEX = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");

    private Colours() {
    }

    /** {@code #rgb} or {@code #rrggbb} as lower-case {@code #rrggbb}; empty for anything else. */
    static Optional<String> hex(String value) {
        if (!HEX.matcher(value).matches()) {
            return Optional.empty();
        }
        String digits = value.substring(1).toLowerCase(Locale.ROOT);
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        return Optional.of("#" + digits);
    }

    /**
     * The colour mixed half and half with white. Every channel ends at 50% or more, so the result has a relative
     * luminance of at least 0.21 and keeps a 4.5:1 contrast (WCAG AA for text) against any background darker than
     * luminance 0.008, such as the default theme's dark mode: a light accent's stand-in there.
     *
     * @param hex a colour as {@link #hex} returns it
     */
    static String halfwayToWhite(String hex) {
        StringBuilder mixed = new StringBuilder("#");
        for (int channel = 0; channel < 3; channel++) {
            int value = Integer.parseInt(hex.substring(1 + 2 * channel, 3 + 2 * channel), 16);
            mixed.append(String.format(Locale.ROOT, "%02x", (value + 255 + 1) / 2));
        }
        return mixed.toString();
    }
}
