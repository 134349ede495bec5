package dev.byline.model;

import java.util.List;

/**
 * A writer, or an organization that signs pieces as one ("The Editorial Board"). {@code bio}, {@code tagline},
 * {@code avatar} and {@code description} are empty when not known.
 *
 * @param slug        the author's id and the last part of their page's path
 * @param url         root-relative link to the author's page
 * @param avatar      root-relative link or URL of their portrait (an organization's logo); empty for none
 * @param links       their website and social profiles, in the order given
 * @param tagline     a person's one line, the rest of a sentence that starts with their name ("is a senior
 *                    studying urban planning")
 * @param description an organization's account of itself, in place of a bio
 * @param members     an organization's members, people of the registry, in the order given
 */
public record Author(String slug, String name, String bio, String url, String avatar, List<AuthorLink> links,
                     AuthorKind kind, String tagline, String description, List<Author> members) {

    public Author {
        links = List.copyOf(links);
        members = List.copyOf(members);
    }

    /** A person with no tagline. */
    public Author(String slug, String name, String bio, String url, String avatar, List<AuthorLink> links) {
        this(slug, name, bio, url, avatar, links, AuthorKind.PERSON, "", "", List.of());
    }

    // Every part of an author but the slug, its identity, is recorded as one read of the author (see ReadLog). The
    // members are records of their own, whose parts record reads of the members; the organization's fingerprint
    // (its toString) holds theirs, so a member's edit shows as a change of the organization too.

    @Override
    public String name() {
        ReadLog.author(slug);
        return name;
    }

    @Override
    public String bio() {
        ReadLog.author(slug);
        return bio;
    }

    @Override
    public String url() {
        ReadLog.author(slug);
        return url;
    }

    @Override
    public String avatar() {
        ReadLog.author(slug);
        return avatar;
    }

    @Override
    public List<AuthorLink> links() {
        ReadLog.author(slug);
        return links;
    }

    @Override
    public AuthorKind kind() {
        ReadLog.author(slug);
        return kind;
    }

    @Override
    public String tagline() {
        ReadLog.author(slug);
        return tagline;
    }

    @Override
    public String description() {
        ReadLog.author(slug);
        return description;
    }

    @Override
    public List<Author> members() {
        ReadLog.author(slug);
        return members;
    }

    public boolean hasBio() {
        return !bio().isEmpty();
    }

    public boolean hasAvatar() {
        return !avatar().isEmpty();
    }

    public boolean isOrganization() {
        return kind() == AuthorKind.ORGANIZATION;
    }

    public boolean hasTagline() {
        return !tagline().isEmpty();
    }

    public boolean hasDescription() {
        return !description().isEmpty();
    }

    /**
     * The tagline as the sentence readers see, the name first: "Maren Okafor is a senior studying urban planning."
     * (no second full stop when the tagline ends with one); empty when there is no tagline.
     */
    public String taglineSentence() {
        String line = tagline();
        if (line.isEmpty()) {
            return "";
        }
        char last = line.charAt(line.length() - 1);
        return name() + " " + line + (last == '.' || last == '!' || last == '?' ? "" : ".");
    }

    /** Root-relative link to the author's Atom feed. */
    public String feedUrl() {
        return SitePaths.atomFeedIn(url());
    }
}
