package io.camelai.support.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingBatcherTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static List<Integer> inputs(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void aSingleBatchRunsOnTheCallersThread() throws Exception {
        Thread caller = Thread.currentThread();
        List<Thread> seen = new ArrayList<>();
        new EmbeddingBatcher(96, 4, executor).run(inputs(10), (batch, offset) -> seen.add(Thread.currentThread()));
        assertEquals(List.of(caller), seen);
    }

    @Test
    void splitsIntoOrderedBatchesWithBoundedParallelism() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        List<List<Integer>> results = new EmbeddingBatcher(96, 3, executor).run(inputs(1000), (batch, offset) -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            Thread.sleep(5);
            inFlight.decrementAndGet();
            assertEquals(offset, batch.get(0));
            return batch;
        });

        assertEquals(11, results.size(), "ceil(1000 / 96) calls");
        List<Integer> flat = results.stream().flatMap(List::stream).toList();
        assertEquals(inputs(1000), flat, "results in input order");
        assertTrue(maxInFlight.get() <= 3, "at most parallelCalls in flight, saw " + maxInFlight.get());
    }

    @Test
    void theFirstFailureFailsTheWholeBatchAndStopsSendingMore() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException boom = new IllegalStateException("call 2 failed");
        Exception e = assertThrows(Exception.class, () -> new EmbeddingBatcher(10, 1, executor)
                .run(inputs(100), (batch, offset) -> {
                    calls.incrementAndGet();
                    if (offset == 10) {
                        throw boom;
                    }
                    return batch;
                }));

        assertSame(boom, e);
        assertTrue(calls.get() <= 3, "no more calls after the failure, saw " + calls.get());
    }
}
