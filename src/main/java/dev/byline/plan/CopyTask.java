package dev.byline.plan;

import dev.byline.source.SourceFile;

/** A file of the site's own copied as it is: a static file to the site root, a theme asset under {@code assets/}. */
public record CopyTask(String file, SourceFile source) implements Task {

    @Override
    public String recipe() {
        return source.path() + "\n" + source.display() + "\n" + source.version();
    }
}
