package dev.byline.scaffold;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Names for people and sites, made from the words of a slug or a folder name. */
public final class Words {

    private Words() {
    }

    /** {@code jane-doe} as {@code Jane Doe}, {@code my_site} as {@code My Site}; blank when there are no words. */
    public static String capitalised(String slugOrFolder) {
        return Arrays.stream(slugOrFolder.split("[-_.\\s]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
