package io.camelai.embedding.jobs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far the job is: input lines to do (counted, by their newline bytes, when a pending file is first listed), lines
 * done (resumed ones included), this run's rate and the time left at that rate. Logged every {@code interval};
 * published as metrics by {@link JobMetrics}.
 */
final class JobProgress {

    private static final Logger LOG = LoggerFactory.getLogger(JobProgress.class);

    private final Duration interval;
    private final Set<String> counted = ConcurrentHashMap.newKeySet();
    private final Set<String> opened = ConcurrentHashMap.newKeySet();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong resumed = new AtomicLong();
    private final AtomicLong embedded = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile long startNanos;
    private long lastLog;

    JobProgress(Duration interval) {
        this.interval = interval;
    }

    /** Adds a pending file's input lines to the total, once per file name. */
    void pending(String fileName, Path file, int headerLines) {
        if (counted.add(fileName)) {
            try {
                total.addAndGet(Math.max(0, countLines(file) - headerLines));
            } catch (IOException e) {
                // the file consumer reports an unreadable file when it reads it; the total just misses its lines
                LOG.debug("{}: cannot count its lines: {}", fileName, e.toString());
            }
        }
    }

    /**
     * A file is opened: the lines an earlier run wrote are done already. Counted at the first opening only: when a
     * failed file is opened again, its done lines also hold what this run wrote, which is counted already.
     */
    void opened(String fileName, int alreadyDone) {
        if (opened.add(fileName)) {
            resumed.addAndGet(alreadyDone);
        }
        if (startNanos == 0) {
            startNanos = System.nanoTime();
        }
    }

    void embedded() {
        embedded.incrementAndGet();
    }

    void deadLettered() {
        deadLettered.incrementAndGet();
    }

    long total() {
        return total.get();
    }

    long done() {
        return resumed.get() + embedded.get() + deadLettered.get();
    }

    long embeddedCount() {
        return embedded.get();
    }

    long deadLetteredCount() {
        return deadLettered.get();
    }

    /** Lines written per second by this run, since its first file was opened. */
    double rate() {
        long start = startNanos;
        double seconds = start == 0 ? 0 : (System.nanoTime() - start) / 1e9;
        return seconds <= 0 ? 0 : (embedded.get() + deadLettered.get()) / seconds;
    }

    /** Seconds left at the current rate, or -1 while there is no rate yet. */
    double etaSeconds() {
        double rate = rate();
        return rate <= 0 ? -1 : Math.max(0, total() - done()) / rate;
    }

    /** Logs the progress if the interval has passed since the last time. */
    synchronized void maybeLog() {
        long now = System.nanoTime();
        if (interval.isZero() || now - lastLog < interval.toNanos()) {
            return;
        }
        lastLog = now;
        LOG.info("Batch embedding job: {}", this);
    }

    @Override
    public String toString() {
        long total = total();
        long done = Math.min(done(), total);
        double eta = etaSeconds();
        return String.format("%,d of %,d lines (%.1f%%), %,.0f lines/s, ETA %s", done, total,
                total == 0 ? 100.0 : 100.0 * done / total, rate(), eta < 0 ? "unknown" : formatSeconds(eta));
    }

    private static String formatSeconds(double seconds) {
        long s = Math.round(seconds);
        return s < 60
                ? s + " s"
                : s < 3600 ? s / 60 + " min " + s % 60 + " s" : s / 3600 + " h " + s % 3600 / 60 + " min";
    }

    /** Newline bytes, plus a last line without one: a sequential read of the file, nothing decoded. */
    static long countLines(Path file) throws IOException {
        long lines = 0;
        byte last = '\n';
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    last = buffer.get();
                    if (last == '\n') {
                        lines++;
                    }
                }
                buffer.clear();
            }
        }
        return last == '\n' ? lines : lines + 1;
    }
}
