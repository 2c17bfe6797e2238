package io.camelai.benchmarks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many streams open at once: each runs on its own thread, platform or virtual (the components read streams
 * synchronously). Every stream waits after its first chunk until the heap is measured (after a GC), once every
 * stream has delivered its first chunk; then all read on to the end. Heap per stream = (heap then - heap before) /
 * streams open then.
 */
final class ConcurrentStreams {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentStreams.class);

    /** One stream; calls {@code firstChunk} once, when its first chunk arrives. */
    @FunctionalInterface
    interface Stream {
        void run(Runnable firstChunk) throws Exception;
    }

    record Result(String variant, StreamThreads threads, int streams, int succeeded, int openAtMeasurement,
            double seconds, double heapBytesPerStream) {}

    /** How long all streams may take to deliver their first chunk (10,000 connections on a busy machine). */
    private static final int START_SECONDS = 180;

    private ConcurrentStreams() {}

    static Result run(String variant, StreamThreads threads, int streams, Stream stream)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(streams);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch firstChunks = new CountDownLatch(streams);
        CountDownLatch measured = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(streams);
        AtomicInteger ok = new AtomicInteger();
        for (int i = 0; i < streams; i++) {
            Thread t = threads.newThread(variant + "-" + i, () -> {
                ready.countDown();
                boolean[] first = {false};
                try {
                    go.await();
                    stream.run(() -> {
                        if (!first[0]) {
                            first[0] = true;
                            firstChunks.countDown();
                            holdUntil(measured);
                        }
                    });
                    ok.incrementAndGet();
                } catch (Exception e) {
                    LOG.warn("{}: a stream failed: {}", variant, e.toString());
                } finally {
                    if (!first[0]) {
                        firstChunks.countDown();
                    }
                    done.countDown();
                }
            });
            t.start();
        }
        ready.await();
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        go.countDown();
        boolean allStarted = awaitFirstChunks(variant, streams, firstChunks, start);
        long during = usedHeapAfterGc();
        // counted before the streams are let go: the events a held stream missed wait in its socket's buffer, so
        // it may end the moment it is released
        int open = (int) done.getCount();
        measured.countDown();
        done.await(START_SECONDS + 180, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        // finished streams leave their pooled connection (and its buffers) behind: only a measurement taken while
        // every stream is open is reported
        double perStream = allStarted && open == streams ? (double) (during - before) / streams : Double.NaN;
        LOG.info("{} ({} threads): {}/{} streams in {} s, {} open when measured, {} bytes of heap per open stream",
                variant, threads.label(), ok.get(), streams, String.format("%.1f", seconds), open,
                Math.round(perStream));
        return new Result(variant, threads, streams, ok.get(), open, seconds, perStream);
    }

    /**
     * A stream that delivered its first chunk waits (a slow consumer, its connection open, the server's next events
     * in the socket's buffer) until the heap is measured: opening 10,000 connections takes OkHttp longer than a
     * stream lasts (its pool looks at every pooled connection for each new call), and a stream that ended before
     * the measurement would not be counted.
     */
    private static void holdUntil(CountDownLatch measured) {
        try {
            measured.await(START_SECONDS + 60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits up to {@link #START_SECONDS} for every stream's first chunk, logging the progress. */
    private static boolean awaitFirstChunks(String variant, int streams, CountDownLatch firstChunks, long start)
            throws InterruptedException {
        long deadline = start + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (!firstChunks.await(5, TimeUnit.SECONDS)) {
            LOG.info("{}: {}/{} streams delivered their first chunk after {} s", variant,
                    streams - firstChunks.getCount(), streams, (System.nanoTime() - start) / 1_000_000_000);
            if (System.nanoTime() > deadline) {
                return false;
            }
        }
        LOG.info("{}: every stream delivered its first chunk after {} ms", variant,
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** The smallest of three samples after a full GC: other allocation (the JIT, logging) only adds noise upward. */
    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            min = Math.min(min, rt.totalMemory() - rt.freeMemory());
        }
        return min;
    }
}
