package io.camelai.embedding.jobs;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Another process asking the OS whether a lock file is locked: exit status 0 when it could take the lock, 3 if not. */
public final class LockProbe {

    private LockProbe() {}

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            System.exit(lock == null ? 3 : 0);
        }
    }

    /** Whether some process holds the OS lock on this file, asked from a new JVM. */
    static boolean isLockedForOtherProcesses(Path lockFile) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), lockFile.toString())).inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the lock probe did not finish");
        }
        if (p.exitValue() != 0 && p.exitValue() != 3) {
            throw new IllegalStateException("the lock probe failed: exit status " + p.exitValue());
        }
        return p.exitValue() == 3;
    }
}
