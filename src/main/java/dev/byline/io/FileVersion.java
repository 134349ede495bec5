package dev.byline.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * What tells one version of a file from another without reading it: its size, modification time, inode (the file
 * key) and, where the file system keeps one, its change time, which no tool can set back, so a rewrite that restores
 * the old size and time (cp -p, rsync -a, npm's fixed dates) still shows. Symbolic links are followed: it is the
 * version of the file a reader gets.
 */
public final class FileVersion {

    private static final boolean UNIX_VIEW = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    private FileVersion() {
    }

    public static String of(Path file) throws IOException {
        return of(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    /** The same, with the attributes a directory walk already read. */
    public static String of(Path file, BasicFileAttributes attributes) throws IOException {
        return attributes.size() + "-" + nanos(attributes.lastModifiedTime()) + "-" + attributes.fileKey() + "-"
                + (UNIX_VIEW ? nanos((FileTime) Files.getAttribute(file, "unix:ctime")) : "");
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
