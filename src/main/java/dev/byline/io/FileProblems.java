package dev.byline.io;

import dev.byline.diag.SafeText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;

/**
 * Why reading or writing a file failed, in a writer's words rather than a Java exception's name: the one place
 * every message about a file the system refused gets its wording from.
 */
public final class FileProblems {

    /** The system's own reasons (strerror, and Windows' wording) that have plainer words. */
    private static final Map<String, String> REASONS = Map.of(
            "is a directory", "it is a folder, not a file",
            "not a directory", "it is not a folder",
            "no space left on device", "the disk is full",
            "disk quota exceeded", "the disk is full",
            "read-only file system", "the disk can only be read",
            "too many levels of symbolic links", "its links lead round in a circle",
            "device or resource busy", "it is used by another program",
            "text file busy", "it is used by another program",
            "the process cannot access the file because it is being used by another process.",
            "it is used by another program");

    private FileProblems() {
    }

    /** E.g. {@code permission denied}, for a message such as {@code cannot be read (permission denied)}. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof FileAlreadyExistsException) { // also where a folder was to be made
            return "a file of that name is already there";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a folder that is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "its links lead round in a circle";
        }
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "the system gave no reason";
        }
        String lower = reason.strip().toLowerCase(Locale.ROOT);
        return REASONS.getOrDefault(lower, lower);
    }

    /** The message for a source that cannot be read, at its position: {@code cannot be read (permission denied)}. */
    public static String cannotBeRead(IOException e) {
        return "cannot be read (" + reason(e) + ")";
    }

    /**
     * The file and the reason, e.g. {@code site-out/index.html: the disk is full}; for a failure that names no file
     * (Byline's own, which are written as messages already), the reason alone.
     */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fileSystem && fileSystem.getFile() != null) {
            String other = fileSystem.getOtherFile() == null ? ""
                    : " (moving it to " + SafeText.of(fileSystem.getOtherFile()) + ")";
            return SafeText.of(fileSystem.getFile()) + other + ": " + reason(e);
        }
        return reason(e);
    }
}
