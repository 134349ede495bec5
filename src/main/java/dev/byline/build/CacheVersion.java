package dev.byline.build;

import dev.byline.BylineVersion;
import dev.byline.io.Folders;
import dev.byline.template.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The version of Byline that wrote the cache, in {@value #FILE} at its root. A build by any other Byline (an
 * upgrade, a downgrade, a new build of the same version) empties the cache before reading any of it, so no record
 * of the last build, no output manifest and no compiled theme from an older Byline is ever trusted, whatever their
 * own formats say. Compiled themes also carry Byline's build in their fingerprint, for {@code serve}, which reads
 * only them.
 */
final class CacheVersion {

    /** The file at the cache's root naming the Byline that wrote the cache. */
    static final String FILE = "byline-version";

    /** The cache's folders, every one of them emptied on a change of version. */
    static final List<String> FOLDERS = List.of(Templates.CACHE_FOLDER, SiteBuild.RECORDS_FOLDER,
            SiteBuild.CONTENT_FOLDER);

    private CacheVersion() {
    }

    /** Makes the cache this Byline's: as it is when this Byline wrote it, else emptied and marked with this one. */
    static void claim(Path cacheDir) throws IOException {
        String current = BylineVersion.current().stamp();
        if (current.equals(recorded(cacheDir))) {
            return;
        }
        for (String folder : FOLDERS) {
            Folders.deleteTree(cacheDir.resolve(folder));
        }
        Folders.writeWhole(cacheDir.resolve(FILE), out -> out.write(current + "\n"));
    }

    private static String recorded(Path cacheDir) {
        try {
            return Files.readString(cacheDir.resolve(FILE), StandardCharsets.UTF_8).strip();
        } catch (IOException absentOrUnreadable) {
            return "";
        }
    }
}
