package dev.byline.importer;

import dev.byline.scaffold.NewFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes an imported site into its folder, never over a file already there. */
public final class NewSiteWriter {

    private NewSiteWriter() {
    }

    public static void write(Path folder, NewSite site) throws IOException {
        Map<String, byte[]> texts = new LinkedHashMap<>();
        site.texts().forEach((path, text) -> texts.put(path, text.getBytes(StandardCharsets.UTF_8)));
        NewFiles.write(folder, texts);
        for (Map.Entry<String, Path> copy : site.copies().entrySet()) {
            Path target = folder.resolve(copy.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(copy.getValue(), target);
        }
    }
}
