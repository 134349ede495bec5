package dev.byline.source;

import java.util.List;

/**
 * The user's folders, walked once: every file Byline will read, sorted by path so every later stage is deterministic.
 */
public record SourceTree(List<SourceFile> files) {

    public SourceTree {
        files = List.copyOf(files);
    }

    public List<SourceFile> ofKind(SourceKind kind) {
        return files.stream().filter(file -> file.kind() == kind).toList();
    }
}
