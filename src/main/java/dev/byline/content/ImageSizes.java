package dev.byline.content;

import dev.byline.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The pixel size of the site's own images (those under {@code content/static/}), so pages can give {@code <img>}
 * its width and height and not shift while images load. Which images there are is what the scan found
 * ({@link StaticFiles}); the header of each (ImageIO for PNG, JPEG, GIF and BMP; the root element's attributes for
 * SVG) is read when a page first asks for it, once per version of the file the scan found. Thread-safe.
 */
public final class ImageSizes {

    /** Width and height in CSS pixels. */
    public record Size(int width, int height) {
    }

    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SVG_WIDTH = Pattern.compile("\\swidth\\s*=\\s*[\"']\\s*(\\d+(?:\\.\\d+)?)(?:px)?\\s*[\"']");
    private static final Pattern SVG_HEIGHT = Pattern.compile("\\sheight\\s*=\\s*[\"']\\s*(\\d+(?:\\.\\d+)?)(?:px)?\\s*[\"']");
    private static final int SVG_HEAD_BYTES = 4096;

    private final StaticFiles files;
    private final String basePath;
    private final Map<SourceFile, Optional<Size>> sizes = new ConcurrentHashMap<>();

    /**
     * @param files    the files copied to the site root ({@code content/static}), as the scan found them
     * @param basePath the site's base path, which root-relative links carry ({@code /} or {@code /opinion/})
     */
    public ImageSizes(StaticFiles files, String basePath) {
        this.files = files;
        this.basePath = basePath;
    }

    /** The site's own files, whose images these are. */
    public StaticFiles files() {
        return files;
    }

    /** The size of the image a root-relative link points at, when it is one of the site's own. */
    public Optional<Size> of(String href) {
        if (!href.startsWith(basePath) || href.startsWith("//")) {
            return Optional.empty();
        }
        return files.file(href.substring(basePath.length())).flatMap(file -> sizes.computeIfAbsent(file,
                ImageSizes::sizeOf));
    }

    /** The same, told to {@code reads}: a parse's record of what it looked up. */
    public Optional<Size> of(String href, OutsideReads.Recorder reads) {
        Optional<Size> size = of(href);
        reads.imageSize(href, size);
        return size;
    }

    /** The size of one of the site's files, read from its header now; empty when it is no picture Byline reads. */
    public static Optional<Size> sizeOf(SourceFile file) {
        try {
            return file.relative().toLowerCase(Locale.ROOT).endsWith(".svg") ? readSvg(file) : readRaster(file);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // a broken image is the browser's to show; the page still builds
        }
    }

    private static Optional<Size> readRaster(SourceFile file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.path().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<Size> readSvg(SourceFile file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file.path())) {
            head = in.readNBytes(SVG_HEAD_BYTES);
        }
        Matcher root = SVG_ROOT.matcher(new String(head, StandardCharsets.UTF_8));
        if (!root.find()) {
            return Optional.empty();
        }
        Matcher width = SVG_WIDTH.matcher(root.group());
        Matcher height = SVG_HEIGHT.matcher(root.group());
        if (!width.find() || !height.find()) {
            return Optional.empty();
        }
        return Optional.of(new Size((int) Math.round(Double.parseDouble(width.group(1))),
                (int) Math.round(Double.parseDouble(height.group(1)))));
    }
}
