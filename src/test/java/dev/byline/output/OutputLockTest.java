package dev.byline.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.junit.jupiter.api.Test;

class OutputLockTest {

    @Test
    void aLockTheFileSystemCannotTakeLeavesNoFileOpen() {
        FileChannel channel = new NoLocksChannel();

        assertThatIOException().isThrownBy(() -> OutputLock.take(channel, "byline build"))
                .withMessage("No locks available");
        assertThat(channel.isOpen()).as("the lock file's channel is closed").isFalse();
    }

    /**
     * The lock file on a file system without locks (NFS with no lock service): locking fails. Nothing else is
     * asked of it before the lock is taken.
     */
    private static final class NoLocksChannel extends FileChannel {

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            throw new IOException("No locks available");
        }

        @Override
        protected void implCloseChannel() {
            // nothing to let go: isOpen() turns false all the same
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw unexpected();
        }

        @Override
        public int read(ByteBuffer dst) {
            throw unexpected();
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            throw unexpected();
        }

        @Override
        public int read(ByteBuffer dst, long position) {
            throw unexpected();
        }

        @Override
        public int write(ByteBuffer src) {
            throw unexpected();
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw unexpected();
        }

        @Override
        public int write(ByteBuffer src, long position) {
            throw unexpected();
        }

        @Override
        public long position() {
            throw unexpected();
        }

        @Override
        public FileChannel position(long newPosition) {
            throw unexpected();
        }

        @Override
        public long size() {
            throw unexpected();
        }

        @Override
        public FileChannel truncate(long size) {
            throw unexpected();
        }

        @Override
        public void force(boolean metaData) {
            throw unexpected();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw unexpected();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw unexpected();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw unexpected();
        }

        private static AssertionError unexpected() {
            return new AssertionError("only tryLock and close are expected before the lock is taken");
        }
    }
}
