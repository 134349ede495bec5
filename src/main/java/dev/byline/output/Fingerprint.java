package dev.byline.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What an output file will hold, in a few characters, so a build can tell which files it need not write again.
 * A rendered page is known by its length and two checksums of its bytes (CRC32C and CRC32: both are intrinsics, so
 * a 10,000-page site is fingerprinted in tens of milliseconds, and together they leave a chance of 1 in 2^64 that a
 * changed page looks unchanged). A copied file is known by the attributes of its source, as a copy is not read.
 */
final class Fingerprint {

    private static final boolean UNIX_VIEW = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    private Fingerprint() {
    }

    static String of(OutputFile file) {
        if (file instanceof OutputFile.Rendered rendered) {
            byte[] bytes = rendered.bytes();
            CRC32C castagnoli = new CRC32C();
            castagnoli.update(bytes);
            CRC32 classic = new CRC32();
            classic.update(bytes);
            return "r" + bytes.length + "-" + Long.toHexString(castagnoli.getValue()) + "-"
                    + Long.toHexString(classic.getValue());
        }
        Path source = ((OutputFile.Copied) file).source();
        try {
            // the file the copy will read (links followed), known as the up-to-date check knows inputs: by size,
            // time, inode and change time, which no tool sets back, so an edit that keeps size and time still shows
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            return "c" + attributes.size() + "-" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "-"
                    + attributes.fileKey() + "-" + changeTime(source);
        } catch (IOException unreadable) {
            return "c?"; // never equal to a recorded fingerprint: the copy is attempted and reports the problem
        }
    }

    private static String changeTime(Path source) throws IOException {
        if (!UNIX_VIEW) {
            return "";
        }
        return String.valueOf(((FileTime) Files.getAttribute(source, "unix:ctime")).to(TimeUnit.NANOSECONDS));
    }
}
