package dev.byline.model;

import java.util.List;

/** What {@code tags.jte} receives: every tag, by name. */
public record TagsPage(Site site, List<TagEntry> tags, PageMeta meta) implements PageModel {

    public TagsPage {
        tags = List.copyOf(tags);
    }
}
