package dev.byline.source;

import dev.byline.diag.SafeText;
import java.nio.file.Path;

/**
 * Names files in messages the way the user would type them: relative to where they run Byline, control characters
 * escaped (as every diagnostic shows them: a name is compared with the file of a diagnostic about it).
 */
public record DisplayPaths(Path workingDir) {

    public DisplayPaths {
        workingDir = workingDir.toAbsolutePath().normalize();
    }

    public String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : SafeText.of(text);
    }
}
