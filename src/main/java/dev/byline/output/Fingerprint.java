package dev.byline.output;

import dev.byline.io.FileVersion;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What an output file will hold, in a few characters, so a build can tell which files it need not write again.
 * A rendered page is known by its length and two checksums of its bytes (CRC32C and CRC32: both are intrinsics, so
 * a 10,000-page site is fingerprinted in tens of milliseconds, and together they leave a chance of 1 in 2^64 that a
 * changed page looks unchanged). A copied file is known by its source's {@link FileVersion}, as a copy is not read.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(OutputFile file) {
        if (file instanceof OutputFile.Kept kept) {
            return kept.fingerprint();
        }
        if (file instanceof OutputFile.Written written) {
            return written.fingerprint();
        }
        if (file instanceof OutputFile.Rendered rendered) {
            byte[] bytes = rendered.bytes();
            CRC32C castagnoli = new CRC32C();
            castagnoli.update(bytes);
            CRC32 classic = new CRC32();
            classic.update(bytes);
            return "r" + bytes.length + "-" + Long.toHexString(castagnoli.getValue()) + "-"
                    + Long.toHexString(classic.getValue());
        }
        try {
            return "c" + FileVersion.of(((OutputFile.Copied) file).source());
        } catch (IOException unreadable) {
            return "c?"; // never equal to a recorded fingerprint: the copy is attempted and reports the problem
        }
    }
}
