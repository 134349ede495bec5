package dev.byline.config;

import dev.byline.diag.Diagnostics;
import dev.byline.yaml.Located;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * site.yaml's {@code language}: a BCP 47 tag ({@code en}, {@code en-GB}, {@code pt-BR}, {@code zh-Hant}), which goes
 * into {@code <html lang>}, the feeds and the structured data, where browsers, screen readers and search engines
 * read it. Java's {@link Locale.Builder} checks the form; on top of it the language itself must be a two-letter
 * ISO 639-1 code or a three-letter code that has none, since the form alone lets {@code english} through.
 */
final class LanguageTag {

    private static final String EXAMPLES = "such as en, en-GB, pt-BR or zh-Hant";
    private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());
    /** Three-letter codes that have a two-letter one, which BCP 47 asks for instead: eng -> en. */
    private static final Map<String, String> THREE_TO_TWO = new HashMap<>();

    static {
        for (String code : TWO_LETTER) {
            THREE_TO_TWO.put(Locale.forLanguageTag(code).getISO3Language(), code);
        }
    }

    private LanguageTag() {
    }

    /** The tag in its standard case ({@code EN-gb} -> {@code en-GB}), or the text as written after an error. */
    static String check(Located<String> value, Diagnostics diagnostics) {
        String text = value.value().strip();
        String problem;
        try {
            Locale locale = new Locale.Builder().setLanguageTag(text).build();
            String language = locale.getLanguage();
            if (TWO_LETTER.contains(language) || language.length() == 3 && !THREE_TO_TWO.containsKey(language)) {
                return locale.toLanguageTag();
            }
            problem = advice(text, language);
        } catch (IllformedLocaleException e) {
            problem = advice(text, "");
        }
        diagnostics.add(value.position().error("language \"" + value.value() + "\" is not a language tag; "
                + problem));
        return value.value();
    }

    private static String advice(String text, String language) {
        if (THREE_TO_TWO.containsKey(language)) {
            return "write it with the two-letter code: " + THREE_TO_TWO.get(language)
                    + text.substring(language.length());
        }
        String hyphenated = text.replace('_', '-');
        if (!hyphenated.equals(text) && hasKnownLanguage(hyphenated)) {
            return "write it with a hyphen: " + new Locale.Builder().setLanguageTag(hyphenated).build().toLanguageTag();
        }
        for (String code : Locale.getISOLanguages()) { // in alphabetical order, so the same answer every time
            if (Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(text)) {
                return "write its code instead: " + code;
            }
        }
        return "write a language code, with a region or script if you like, " + EXAMPLES;
    }

    private static boolean hasKnownLanguage(String tag) {
        try {
            String language = new Locale.Builder().setLanguageTag(tag).build().getLanguage();
            return TWO_LETTER.contains(language);
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
