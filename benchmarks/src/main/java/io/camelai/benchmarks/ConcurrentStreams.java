package io.camelai.benchmarks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many streams open at once: each runs on its own thread, platform or virtual (the components read streams
 * synchronously), the server
 * sends events slowly so all streams are open together, and the heap is measured (after a GC) once every stream has
 * delivered its first chunk. Heap per stream = (heap then - heap before) / streams still open then.
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

    private ConcurrentStreams() {}

    static Result run(String variant, StreamThreads threads, int streams, Stream stream)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(streams);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch firstChunks = new CountDownLatch(streams);
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
        boolean allStarted = firstChunks.await(60, TimeUnit.SECONDS);
        long during = usedHeapAfterGc();
        int open = (int) done.getCount();
        done.await(120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        // finished streams leave their pooled connection (and its buffers) behind: only a measurement taken while
        // every stream is open is reported
        double perStream = allStarted && open == streams ? (double) (during - before) / streams : Double.NaN;
        LOG.info("{} ({} threads): {}/{} streams in {} s, {} open when measured, {} bytes of heap per open stream",
                variant, threads.label(), ok.get(), streams, String.format("%.1f", seconds), open,
                Math.round(perStream));
        return new Result(variant, threads, streams, ok.get(), open, seconds, perStream);
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
