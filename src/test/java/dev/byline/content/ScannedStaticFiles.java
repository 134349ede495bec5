package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.source.DisplayPaths;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceScanner;
import java.nio.file.Path;
import java.util.List;

/** The static files of a test's content folder, as a build knows them: what the source stage's scan finds now. */
public final class ScannedStaticFiles {

    /** A site without static files. */
    public static final StaticFiles NONE = new StaticFiles(List.of(), "content/static");

    private ScannedStaticFiles() {
    }

    /** The files under {@code contentDir/static}, named {@code content/static} in messages. */
    public static StaticFiles in(Path contentDir) {
        return new StaticFiles(new SourceScanner(new DisplayPaths(Path.of(""))).scanContent(contentDir,
                new Diagnostics()).ofKind(SourceKind.STATIC), "content/static");
    }
}
