package dev.byline.output;

import dev.byline.diag.Diagnostics;
import java.io.IOException;
import java.util.List;

/** Writes a test's site with a {@link SiteWriter}, failing the test when a file to copy cannot be read. */
final class SiteWrites {

    private SiteWrites() {
    }

    static WriteReport write(SiteWriter writer, List<OutputFile> files) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        WriteReport report = writer.write(files, () -> { }, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new AssertionError("the test's site could not be written: " + diagnostics.sorted().get(0).format());
        }
        return report;
    }
}
