package dev.byline.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** File and folder operations the JDK lacks. */
public final class Folders {

    private Folders() {
    }

    /** Renames a file or folder, atomically where the file system can (on one file system it always can). */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Writes a text file. */
    @FunctionalInterface
    public interface TextWriting {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes a binary file. */
    @FunctionalInterface
    public interface ByteWriting {
        void writeTo(OutputStream out) throws IOException;
    }

    /** As {@link #writeWholeBytes}, for a UTF-8 text file. */
    public static void writeWhole(Path file, TextWriting writing) throws IOException {
        writeWholeBytes(file, out -> {
            // an encoder of its own reports what UTF-8 cannot encode (a lone surrogate) instead of writing "?"
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
            writing.writeTo(text);
            text.flush();
        });
    }

    /**
     * Writes a file whole or not at all: into a temporary file beside it, renamed into place, so a run stopped
     * half-way leaves the old file (or none), never half a new one. Makes the folder if needed.
     */
    public static void writeWholeBytes(Path file, ByteWriting writing) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
            writing.writeTo(out);
        }
        move(temporary, file);
    }

    /** Deletes a folder and everything in it; symbolic links are deleted, never followed. Absent is fine. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
