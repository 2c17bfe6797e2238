package io.camelai.embedding.jobs;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.strategy.FileChangedExclusiveReadLockStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file consumer's read lock: one job instance at a time works on an input file, across the JVMs that share the
 * output folder (on a network file system, as far as it supports POSIX locks: NFSv4 does, SMB mounts may not). It
 * holds an exclusive OS lock ({@link FileChannel#tryLock()}) on {@code <output>/<name>.lock} from before the file's
 * checkpoint is read until the exchange ends; a busy file is skipped and tried again on a later poll. The OS drops the lock when its process dies, even by SIGKILL, so a
 * killed instance leaves nothing to clean up and the next one resumes from the checkpoint.
 * <p>
 * Why not Camel's built-in read locks: {@code markerFile} (also behind {@code changed}) creates a {@code .camelLock}
 * file that survives a kill, and every consumer deletes such "orphans" at start, including the live lock of a running
 * instance; {@code fileLock} locks the input file itself, which needs write access to the input, and a POSIX lock is
 * dropped as soon as the JVM closes any other descriptor of the same file (the file consumer reads it); the file
 * idempotent repository is not shared safely between processes. A lock file that only this class opens has none of
 * these problems.
 * <p>
 * OS locks belong to the process: a second channel on a lock file that this JVM already holds would be refused, and
 * closing it would silently drop the first one. So job instances in one JVM first claim the file in {@link #HELD},
 * and only the claimant opens a channel.
 * <p>
 * It keeps the {@code changed} behaviour: a file still being written is left alone until it is half a second old.
 */
final class InputFileLock extends FileChangedExclusiveReadLockStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(InputFileLock.class);
    private static final String LOCK = "embeddingJob.lock";
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockDir;
    private final EmbeddingJob job;
    private final Set<String> reportedBusy = ConcurrentHashMap.newKeySet();

    /** The output folder must exist: its real path names the lock files of this JVM's instances. */
    InputFileLock(Path outputDir, EmbeddingJob job) throws IOException {
        this.lockDir = outputDir.toRealPath();
        this.job = job;
        setMinAge(500);
        setMarkerFiler(false);
        setDeleteOrphanLockFiles(false);
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
            Exchange exchange) throws Exception {
        if (!super.acquireExclusiveReadLock(operations, file, exchange)) {
            return false;
        }
        String name = file.getFileNameOnly();
        Path lockFile = lockDir.resolve(name + ".lock");
        FileLock lock = tryLock(name, lockFile);
        if (lock == null) {
            if (reportedBusy.add(name)) {
                LOG.info("{}: another instance is working on it (it holds {}); skipping it for now", name, lockFile);
            }
            return false;
        }
        reportedBusy.remove(name);
        if (!job.isPending(name)) {
            // finished by another instance between this poll's listing and now
            release(lock, lockFile);
            return false;
        }
        exchange.setProperty(LOCK, new Held(lockFile, lock));
        return true;
    }

    /** The OS lock on a lock file, or null when another instance (in this JVM or another process) holds it. */
    private static FileLock tryLock(String name, Path lockFile) throws IOException {
        if (!HELD.add(lockFile)) {
            return null;
        }
        FileLock lock = null;
        try {
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new IOException(name + ": cannot open its lock file in the output folder: " + e, e);
            }
            try {
                lock = channel.tryLock();
            } finally {
                if (lock == null) {
                    channel.close();
                }
            }
            return lock;
        } finally {
            if (lock == null) {
                HELD.remove(lockFile);
            }
        }
    }

    private static void release(FileLock lock, Path lockFile) throws IOException {
        try {
            lock.channel().close();
        } finally {
            HELD.remove(lockFile);
        }
    }

    /** Commit, rollback and abort all end here: closing the channel releases the lock. */
    @Override
    protected void doReleaseExclusiveReadLock(GenericFile<File> file, Exchange exchange) throws Exception {
        Held held = exchange.getProperty(LOCK, Held.class);
        if (held != null) {
            exchange.removeProperty(LOCK);
            release(held.lock(), held.file());
        }
    }

    private record Held(Path file, FileLock lock) {}
}
