package dev.byline.build;

import dev.byline.BylineVersion;
import dev.byline.io.FileVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A digest of everything a build reads, taken without reading it: Byline's own build, the request (folders,
 * base URL, link style, which articles to publish) and, for every file under the content and theme folders, its
 * path and {@link FileVersion}. Equal stamps mean the same site,
 * except for what time changes: see {@link LastBuild#validUntil()}.
 */
final class InputStamp {

    private InputStamp() {
    }

    /** The stamp, or empty when a folder cannot be read (the build then runs and reports why). */
    static Optional<String> of(BuildRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            BylineVersion version = BylineVersion.current();
            update(digest, version.stamp(),
                    absolute(request.sourceDir()), absolute(request.templatesDir()), absolute(request.outputDir()),
                    String.valueOf(request.baseUrl()), String.valueOf(request.relativeUrls()),
                    String.valueOf(request.rules().drafts()), String.valueOf(request.rules().future()));
            for (Path folder : List.of(request.sourceDir(), request.templatesDir())) {
                for (String file : Files.exists(folder) ? files(folder) : List.of("(none)")) {
                    update(digest, file);
                }
                update(digest, "--");
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException unreadable) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * One line per file, sorted: the walk's order depends on the file system. Links are followed, as the build
     * does.
     */
    private static List<String> files(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        files.add(folder.relativize(file) + "\0" + FileVersion.of(file, attributes));
                        return FileVisitResult.CONTINUE;
                    }
                });
        Collections.sort(files);
        return files;
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
