package dev.byline.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: an operating-system lock on a small file beside the folder
 * ({@code .site-out.byline-lock}), which names its holder (process id, command, start time) for the others'
 * messages. The lock belongs to the open file, so it vanishes with the process however that ends (SIGKILL, power
 * loss): a lock file left behind never blocks; only a living holder does. The file stays for good (empty when
 * nobody holds it), even through {@code byline clean}. It sits beside the output folder rather
 * than in the cache because the folder is what two builds fight over, whatever caches they use.
 */
public final class OutputLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Who holds the lock, as its holder wrote it; {@code "another Byline process"} when it wrote nothing yet. */
    public record Holder(String description) {
    }

    /** The lock file of an output folder. */
    public static Path fileFor(Path outputDir) {
        Path output = outputDir.toAbsolutePath().normalize();
        return output.resolveSibling("." + output.getFileName() + ".byline-lock");
    }

    /**
     * Takes the lock, waiting up to {@code patience} for another holder to let go; {@code onWait} hears who it is
     * waiting for, once, when it starts to wait.
     *
     * @param command what this process is, for the others' messages (e.g. {@code byline build --drafts})
     * @return the lock, or the holder it gave up waiting for
     */
    public static Acquired acquire(Path outputDir, String command, Duration patience, Consumer<Holder> onWait)
            throws IOException {
        Path file = fileFor(outputDir);
        Files.createDirectories(file.getParent());
        long deadline = System.nanoTime() + patience.toNanos();
        boolean waiting = false;
        while (true) {
            Optional<OutputLock> taken = take(FileChannel.open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE), command);
            if (taken.isPresent()) {
                return new Acquired(taken.get(), null);
            }
            Holder holder = holderOf(file);
            if (System.nanoTime() >= deadline) {
                return new Acquired(null, holder);
            }
            if (!waiting) {
                onWait.accept(holder);
                waiting = true;
            }
            sleep(POLL);
        }
    }

    /**
     * Locks the open lock file and names this process in it. The channel is closed unless the lock is returned:
     * when another process holds the file, and when locking or naming fails (NFS without a lock service says
     * "No locks available"), so no failed attempt leaves a file open.
     */
    static Optional<OutputLock> take(FileChannel channel, String command) throws IOException {
        boolean taken = false;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                return Optional.empty();
            }
            describe(channel, command);
            taken = true;
            return Optional.of(new OutputLock(channel, lock));
        } finally {
            if (!taken) {
                channel.close();
            }
        }
    }

    /** The outcome of {@link #acquire}: the lock, or who holds it. */
    public record Acquired(OutputLock lock, Holder holder) implements AutoCloseable {
        public Optional<OutputLock> taken() {
            return Optional.ofNullable(lock);
        }

        /** Lets go of the lock, if it was taken. */
        @Override
        public void close() throws IOException {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** Writes this process's description into the locked file, through the lock's own channel (see below). */
    private static void describe(FileChannel channel, String command) throws IOException {
        String description = "pid " + ProcessHandle.current().pid() + ", " + command + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(description.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /**
     * Only ever called by a process that does not hold the lock: POSIX drops a process's locks on a file when it
     * closes any descriptor of it, which is why the holder writes through the lock's channel and never reopens the
     * file, and why the file is never deleted (a waiter would then lock a file nobody else looks at).
     */
    private static Holder holderOf(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return new Holder(text.isEmpty() ? "another Byline process" : text);
        } catch (IOException unreadable) {
            return new Holder("another Byline process");
        }
    }

    private static void sleep(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the output folder's lock", e);
        }
    }

    /** Lets go; the file stays, naming nobody (an empty file blocks no one). */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
