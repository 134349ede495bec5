package dev.byline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The line that says who wrote a piece, as a template writes it: the opening word, then the names joined by
 * commas and a last "and". "By Maren Okafor and Theo Lindqvist"; an organization signs with its name alone, so a
 * byline with one in it has no "By" ("The Editorial Board", "The Editorial Board and Maren Okafor"); on an
 * author's own page their name is left out and the co-authors follow "With" ("With Theo Lindqvist"), or there is
 * no byline at all.
 *
 * @param opening "By ", "With " or ""
 * @param names   the authors the line names, in byline order
 */
public record Byline(String opening, List<Author> names) {

    public Byline {
        names = List.copyOf(names);
    }

    /** The byline of an article, naming every author. */
    public static Byline of(Article article) {
        return of(article, null);
    }

    /** The byline of an article listed on {@code pageAuthor}'s page ({@code null}: on any other page). */
    public static Byline of(Article article, Author pageAuthor) {
        List<Author> names = new ArrayList<>(article.authors());
        if (pageAuthor != null) {
            names.removeIf(author -> author.slug().equals(pageAuthor.slug()));
            return new Byline("With ", names);
        }
        return new Byline(names.stream().anyMatch(Author::isOrganization) ? "" : "By ", names);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The separator after the name at {@code index}: ", ", " and ", or nothing after the last. */
    public String separatorAfter(int index) {
        if (index < names.size() - 2) {
            return ", ";
        }
        return index == names.size() - 2 ? " and " : "";
    }

    /** The people's taglines as sentences, one after another ("Maren Okafor is a senior... Theo ..."). */
    public String taglines() {
        List<String> sentences = new ArrayList<>();
        for (Author author : names) {
            if (author.hasTagline()) {
                sentences.add(author.taglineSentence());
            }
        }
        return String.join(" ", sentences);
    }

    /**
     * The alt text of an author's headshot beside the line: their name, or none when the line is that name alone
     * (an organization signing by itself), where screen readers would otherwise read the name twice over.
     */
    public String avatarAlt(Author author) {
        return opening.isEmpty() && names.size() == 1 ? "" : author.name();
    }

    public List<Author> withAvatars() {
        return names.stream().filter(Author::hasAvatar).toList();
    }
}
