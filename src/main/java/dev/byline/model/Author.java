package dev.byline.model;

import java.util.List;

/**
 * A writer. {@code bio} and {@code avatar} are empty when not known.
 *
 * @param slug   the author's id and the last part of their page's path
 * @param url    root-relative link to the author's page
 * @param avatar root-relative link or URL of their portrait; empty for none
 * @param links  their website and social profiles, in the order given
 */
public record Author(String slug, String name, String bio, String url, String avatar, List<AuthorLink> links) {

    public Author {
        links = List.copyOf(links);
    }

    // Every part of an author but the slug, its identity, is recorded as one read of the author (see ReadLog).

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

    public boolean hasBio() {
        return !bio().isEmpty();
    }

    public boolean hasAvatar() {
        return !avatar().isEmpty();
    }

    /** Root-relative link to the author's Atom feed. */
    public String feedUrl() {
        return SitePaths.atomFeedIn(url());
    }
}
