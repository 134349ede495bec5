package dev.byline.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one article's parse read besides the article's own file: the sizes of the site's images its Markdown shows
 * ({@code <img>} gets their width and height). A kept parse is good only while every one of them still reads the
 * same: {@link #stillHold}.
 *
 * @param imageSizes each image looked up, by its address as the page has it ({@code /opinion/images/a.png}), with
 *                   the size found, or empty when it was not one of the site's images or had no readable size
 */
public record OutsideReads(Map<String, Optional<ImageSizes.Size>> imageSizes) {

    public static final OutsideReads NONE = new OutsideReads(Map.of());

    public OutsideReads {
        imageSizes = Map.copyOf(imageSizes);
    }

    /** Whether the images give the same answers now, so a parse that read them would give the same HTML. */
    public boolean stillHold(ImageSizes now) {
        return imageSizes.entrySet().stream().allMatch(read -> now.of(read.getKey()).equals(read.getValue()));
    }

    /** Collects the reads of one parse, as it happens: confined to the thread doing that parse. */
    public static final class Recorder {
        private final Map<String, Optional<ImageSizes.Size>> imageSizes = new LinkedHashMap<>();

        void imageSize(String href, Optional<ImageSizes.Size> size) {
            imageSizes.put(href, size);
        }

        public OutsideReads reads() {
            return imageSizes.isEmpty() ? NONE : new OutsideReads(imageSizes);
        }
    }
}
