package dev.byline.diag;

/** A count with its noun, as messages say it: "1 article", "2 articles". */
public final class Plural {

    private Plural() {
    }

    /** {@code noun} takes an "s" for any count but one (the nouns Byline counts all do). */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
