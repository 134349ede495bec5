package dev.byline.build;

import dev.byline.BylineVersion;
import dev.byline.diag.Diagnostic;
import dev.byline.source.Scan;
import dev.byline.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A digest of everything a build reads, taken from a walk of the folders without reading a file: Byline's own
 * build, the request (folders, base URL, link style, which articles to publish), every file the walk found with its
 * path and {@link dev.byline.io.FileVersion}, and what the walk reported (a stray file's warning). Equal stamps mean
 * the same site, except for what time changes: see {@link LastBuild#validUntil()}.
 */
final class InputStamp {

    private InputStamp() {
    }

    /** The stamp, or empty when the walk found errors (the build then runs and reports them). */
    static Optional<String> of(BuildRequest request, Scan scan) {
        if (scan.hasErrors()) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, BylineVersion.current().stamp(),
                    absolute(request.sourceDir()), absolute(request.templatesDir()), absolute(request.outputDir()),
                    String.valueOf(request.baseUrl()), String.valueOf(request.relativeUrls()),
                    String.valueOf(request.rules().drafts()), String.valueOf(request.rules().future()));
            for (SourceFile file : scan.tree().files()) {
                update(digest, file.kind().name(), file.display(), file.version());
            }
            for (Diagnostic message : scan.messages()) {
                update(digest, message.format());
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String absolute(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }
}
