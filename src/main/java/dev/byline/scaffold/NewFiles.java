package dev.byline.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Writes new files into a folder, never over anything already there. */
public final class NewFiles {

    private NewFiles() {
    }

    /**
     * What stands where the files would go: files of the same name (a symbolic link counts, even a broken one) and
     * files where one of their folders would be, as paths relative to {@code root} with forward slashes, sorted.
     *
     * @param files paths relative to {@code root}, with forward slashes
     */
    public static Set<String> inTheWay(Path root, Collection<String> files) {
        Set<String> found = new TreeSet<>();
        for (String file : files) {
            Path target = root.resolve(file);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                found.add(file);
            }
            for (Path folder = target.getParent(); folder != null && !folder.equals(root);
                 folder = folder.getParent()) {
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    found.add(root.relativize(folder).toString().replace('\\', '/'));
                }
            }
        }
        return found;
    }

    /**
     * Writes each file under {@code root}, creating folders as needed. Check {@link #inTheWay} first: this refuses
     * (with {@link java.nio.file.FileAlreadyExistsException}) a file that exists all the same, such as one made
     * since by another program, and leaves it as it was.
     */
    public static void write(Path root, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }
}
