package dev.byline.source;

import java.nio.file.Path;
import java.util.List;

/**
 * The user's folders, walked once: every file Byline will read, sorted by path so every later stage is deterministic.
 *
 * @param templatesDir the theme folder, for the template engine
 */
public record SourceTree(List<SourceFile> files, Path templatesDir) {

    public SourceTree {
        files = List.copyOf(files);
    }

    public List<SourceFile> ofKind(SourceKind kind) {
        return files.stream().filter(file -> file.kind() == kind).toList();
    }
}
