package dev.byline.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * URL slugs: lower-case ASCII letters, digits and single hyphens. Accented letters are transliterated ("Café" ->
 * "cafe"); everything else becomes a hyphen.
 */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    /** Letters that Unicode decomposition does not reduce to ASCII. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("þ", "th"), Map.entry("ł", "l"),
            Map.entry("ı", "i"), Map.entry("&", " and "), Map.entry("’", ""), Map.entry("'", ""));

    private Slugs() {
    }

    public static String slugify(String text) {
        if (isValid(text)) {
            return text; // a slug already, as most file names are: every step below would leave it as it is
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder replaced = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            String letter = new String(Character.toChars(cp));
            replaced.append(LETTERS.getOrDefault(letter, letter));
        });
        String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFKD);
        String ascii = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String hyphenated = NON_ALPHANUMERIC.matcher(ascii).replaceAll("-");
        int start = 0;
        int end = hyphenated.length();
        while (start < end && hyphenated.charAt(start) == '-') {
            start++;
        }
        while (end > start && hyphenated.charAt(end - 1) == '-') {
            end--;
        }
        return hyphenated.substring(start, end);
    }

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }
}
