package dev.byline.yaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text written as YAML 1.2 scalars that {@link YamlReader} reads back as the same text, for the files Byline writes
 * for the writer ({@code byline init}, {@code byline new}).
 */
public final class YamlScalars {

    /** Words, digits and single separators: never a YAML indicator, comment, key or flow punctuation. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}]+([ ./_-][\\p{L}\\p{N}]+)*");
    /** The core schema reads these as "nothing" rather than as text. */
    private static final Set<String> NULL_WORDS = Set.of("null");

    private YamlScalars() {
    }

    /** A double-quoted scalar: backslashes, quotes and every character YAML does not print as is are escaped. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (isPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /**
     * The text as it is when YAML reads it back unchanged ({@code transport}, {@code jane-doe}, {@code New York}),
     * otherwise {@link #quoted}: tags and slugs look the way writers type them.
     */
    public static String plainOrQuoted(String text) {
        return PLAIN.matcher(text).matches() && !NULL_WORDS.contains(text.toLowerCase(Locale.ROOT))
                ? text : quoted(text);
    }

    /**
     * YAML's printable set, less the byte order mark (which a reader may drop) and lone surrogates; a line
     * separator (U+0085, U+2028, U+2029) would be folded into a space inside quotes.
     */
    private static boolean isPrintable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF) || cp >= 0x10000;
    }
}
