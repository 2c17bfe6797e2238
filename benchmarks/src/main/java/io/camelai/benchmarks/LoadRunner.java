package io.camelai.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A closed loop: N threads call as fast as they can for a warm-up, then for the measured period, recording each
 * call's latency. The same loop drives every variant, so only the client differs.
 */
final class LoadRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LoadRunner.class);

    /** One call of the variant under test; returns how many units it handled (1 call, or N stream chunks). */
    @FunctionalInterface
    interface Call {
        long run() throws Exception;
    }

    private LoadRunner() {}

    /** A named variant of a scenario. */
    record Variant(String name, Call call) {}

    /**
     * Runs the variants interleaved: everyone warms up, then each round measures every variant in turn for
     * {@code measure / rounds}, so drift (JIT, the server warming up, other load) spreads over all of them; the
     * results keep each round's rate, for ratios taken round by round.
     */
    static List<LoadResult> compare(List<Variant> variants, int threads, Duration warmup, Duration measure,
            int rounds)
            throws InterruptedException {
        for (Variant v : variants) {
            loop(threads, warmup, v.call(), false);
        }
        List<List<LoadResult>> parts = new ArrayList<>();
        variants.forEach(v -> parts.add(new ArrayList<>()));
        Duration slice = measure.dividedBy(rounds);
        for (int r = 0; r < rounds; r++) {
            // every other round in reverse order, so no variant always runs right after the same one
            for (int k = 0; k < variants.size(); k++) {
                int i = r % 2 == 0 ? k : variants.size() - 1 - k;
                parts.get(i).add(loop(threads, slice, variants.get(i).call(), true));
            }
        }
        List<LoadResult> out = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            LoadResult merged = LoadResult.merge(variants.get(i).name(), parts.get(i));
            LOG.info("{}: {} calls/s, p50 {} ms, p99 {} ms, {} errors", merged.variant(),
                    Math.round(merged.perSecond()), String.format("%.3f", merged.p50Millis()),
                    String.format("%.3f", merged.p99Millis()), merged.errors());
            out.add(merged);
        }
        return out;
    }

    private static LoadResult loop(int threads, Duration period, Call call, boolean record)
            throws InterruptedException {
        long[][] latencies = new long[threads][];
        AtomicLong errors = new AtomicLong();
        AtomicLong units = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        long end = System.nanoTime() + period.toNanos();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        long handled;
                        try {
                            handled = call.run();
                        } catch (Exception e) {
                            if (errors.incrementAndGet() == 1) {
                                LOG.warn("call failed: {}", e.toString());
                            }
                            continue;
                        }
                        if (record) {
                            units.addAndGet(handled);
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = System.nanoTime() - t0;
                        }
                    }
                } finally {
                    latencies[index] = Arrays.copyOf(mine, n);
                    done.countDown();
                }
            }, "load-" + t);
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        return LoadResult.of("", units.get(), errors.get(), seconds, latencies);
    }
}
