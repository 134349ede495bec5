package dev.byline.content;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures for tests of what the site's own images are: a real PNG of a given size. */
final class TestImages {

    private TestImages() {
    }

    /** Writes a PNG of this size at {@code file}, making its folders. */
    static void png(Path file, int width, int height) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", file.toFile());
    }
}
