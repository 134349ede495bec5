package dev.byline.plan;

import dev.byline.source.SourceFile;

/** A file of the site's own copied as it is: a static file to the site root, a theme asset under {@code assets/}. */
public record CopyTask(String file, SourceFile source) implements Task {

    @Override
    public long recipeHash() {
        return new Hash64().add(source.path().toString()).add(source.display()).add(source.version()).value();
    }
}
