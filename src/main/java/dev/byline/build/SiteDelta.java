package dev.byline.build;

import dev.byline.output.OutputFile;
import java.util.List;
import java.util.Set;

/**
 * What a rendering changed of the session's last good rendering: the files rendered again (their bytes may still be
 * the same) and the files the site no longer has.
 *
 * @param whole whether every file was rendered (the first rendering, or a change that touches everything)
 */
public record SiteDelta(List<OutputFile> rendered, Set<String> removed, boolean whole) {

    public SiteDelta {
        rendered = List.copyOf(rendered);
        removed = Set.copyOf(removed);
    }
}
