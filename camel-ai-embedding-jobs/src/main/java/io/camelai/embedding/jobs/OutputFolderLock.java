package io.camelai.embedding.jobs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Service;

/**
 * One job instance per output folder: an exclusive OS lock ({@link FileChannel#tryLock()}) on
 * {@code <output>/.embedding-job.lock}, taken before the job reads anything and held until its Camel context stops.
 * The file names the holder's process id, so a second instance (another JVM, or another job in this one) refuses to
 * start with a message naming the folder and that pid. The OS drops the lock of a process that dies, even by SIGKILL:
 * nothing stale blocks a restart. Jobs in one JVM also check {@link #HELD} first, because OS locks belong to the
 * process: closing a second channel on the file would silently release the first one's lock (so nothing in the
 * holder's JVM may open the lock file, not even to read the pid).
 */
final class OutputFolderLock implements Service {

    static final String FILE = ".embedding-job.lock";
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileLock lock;
    private boolean released;

    private OutputFolderLock(Path lockFile, FileLock lock) {
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /** Locks the (existing) output folder, or throws IllegalStateException naming the folder and the holder. */
    static OutputFolderLock acquire(Path outputDir) throws IOException {
        Path lockFile = outputDir.toRealPath().resolve(FILE);
        if (!HELD.add(lockFile)) {
            throw busy(outputDir, "another job in this JVM, pid " + ProcessHandle.current().pid());
        }
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            lock = channel.tryLock();
            if (lock == null) {
                String holder = holder(channel);
                throw busy(outputDir, holder == null ? "another process" : "the process with pid " + holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new OutputFolderLock(lockFile, lock);
        } finally {
            if (lock == null) {
                if (channel != null) {
                    channel.close();
                }
                HELD.remove(lockFile);
            }
        }
    }

    /** The pid the holder wrote, or null if it has not written it yet or wrote something else. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        return text.matches("\\d{1,19}") ? text : null;
    }

    private static IllegalStateException busy(Path outputDir, String holder) {
        return new IllegalStateException("Batch embedding job: output folder " + outputDir + " is in use by "
                + holder + " (it holds the lock on " + FILE + "); one job instance per output folder: stop that one"
                + " or choose another toFolder");
    }

    @Override
    public void start() {
        // taken in acquire: before the routes exist
    }

    /** Released when the Camel context stops (it owns this service), or by a failed start. */
    @Override
    public synchronized void stop() {
        if (released) {
            return;
        }
        released = true;
        try {
            lock.channel().close();
        } catch (IOException e) {
            throw new IllegalStateException("cannot release " + lockFile, e);
        } finally {
            HELD.remove(lockFile);
        }
    }
}
