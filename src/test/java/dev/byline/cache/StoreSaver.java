package dev.byline.cache;

import dev.byline.diag.Diagnostics;
import dev.byline.source.DisplayPaths;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceScanner;
import java.nio.file.Path;
import java.util.List;

/**
 * A process that saves a store over and over, for {@link StoreKillTest} to kill at any moment: loads the store
 * at {@code args[1]} for the site whose working folder is {@code args[0]}, then saves it, with every article and
 * with all but the first in turn, until it is killed.
 */
public final class StoreSaver {

    static final String SAVING = "saving";

    private StoreSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path storeFile = Path.of(args[1]);
        List<SourceFile> articles = new SourceScanner(new DisplayPaths(site))
                .scan(site.resolve("content"), site.resolve("templates"), new Diagnostics())
                .ofKind(SourceKind.ARTICLE);
        ParsedArticleStore store = ParsedArticleStore.load(storeFile, StoreSite.SETTINGS).store();
        System.out.println(SAVING);
        System.out.flush();
        for (long round = 0; ; round++) {
            store.save(storeFile, round % 2 == 0 ? articles : articles.subList(1, articles.size()));
        }
    }
}
