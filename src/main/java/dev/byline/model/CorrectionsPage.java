package dev.byline.model;

import java.util.List;
import java.util.Optional;

/**
 * What {@code corrections.jte} receives: every correction on the site, newest first (none yet, on a site that has
 * made none: the page says so).
 */
public record CorrectionsPage(Site site, List<SiteCorrection> corrections, PageMeta meta) implements PageModel {

    public CorrectionsPage {
        corrections = List.copyOf(corrections);
    }

    /** site.yaml's corrections policy ({@code policies: corrections:}), if it names one. */
    public Optional<Policy> policy() {
        return site.config().policies().stream().filter(policy -> policy.kind() == Policy.Kind.CORRECTIONS)
                .findFirst();
    }

    /** Root-relative link to the corrections' Atom feed. */
    public String feedUrl() {
        return site.config().href(SitePaths.atomFeedIn(SitePaths.CORRECTIONS));
    }
}
