package dev.byline.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/** Why a file could not be read, in a writer's words rather than a Java exception's name. */
public final class ReadFailure {

    private ReadFailure() {
    }

    /** E.g. {@code permission denied}, for a message such as {@code cannot be read (permission denied)}. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it was removed while the site was being built";
        }
        if (e instanceof FileSystemLoopException) {
            return "its links lead round in a circle";
        }
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "the system gave no reason";
        }
        if (reason.equalsIgnoreCase("Is a directory")) {
            return "it is a folder, not a file";
        }
        return reason.toLowerCase(java.util.Locale.ROOT);
    }
}
