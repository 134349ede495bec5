package dev.byline.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * File events from the JDK's {@link WatchService}: native on Linux (inotify) and Windows, polling on macOS. It
 * watches one folder at a time, so every folder is registered, folders created later included. A root's parent
 * folder is watched too, for the root alone: a root created after the start (a first templates/ folder) is watched
 * from then on; nothing else in the parent (site-out/, editor files) is reported.
 */
final class JdkWatchServiceEvents implements FileEvents {

    private final WatchService service;
    private final Set<Path> roots;
    private final Set<Path> rootParents;
    private final Consumer<Path> changed;
    private final Thread thread;
    /** Each watched folder's key, to cancel when the folder goes: a renamed folder must get a key of its own. */
    private final Map<Path, WatchKey> keys = new HashMap<>();

    JdkWatchServiceEvents(Set<Path> roots, Consumer<Path> changed) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = Set.copyOf(roots);
        this.rootParents = this.roots.stream().map(Path::getParent).filter(parent -> parent != null
                && this.roots.stream().noneMatch(parent::startsWith)).collect(Collectors.toSet());
        this.changed = changed;
        for (Path parent : rootParents) {
            if (Files.isDirectory(parent)) {
                parent.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        for (Path root : this.roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::run, "byline-watch-service");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                collect(service.take());
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the preview is stopping
        }
    }

    private void collect(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                roots.forEach(changed);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (rootParents.contains(dir) && !roots.contains(path)) {
                continue; // beside the roots: not part of the site
            }
            changed.accept(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                forgetFolder(path); // deleted, or renamed away: Linux would hand its key to the new name
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path); // a new folder: watch it, and report what was copied into it
                    try (var inside = Files.walk(path)) {
                        inside.forEach(changed);
                    }
                } catch (IOException vanished) {
                    // created and removed again before we looked: its path is reported already
                }
            }
        }
        key.reset();
    }

    private void forgetFolder(Path folder) {
        keys.entrySet().removeIf(entry -> {
            if (entry.getKey().startsWith(folder)) {
                entry.getValue().cancel();
                return true;
            }
            return false;
        });
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                keys.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
