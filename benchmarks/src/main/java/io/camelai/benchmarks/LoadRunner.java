package io.camelai.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
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

    /** Warm-up passes at most in the full setting: each runs every variant for the warm-up time. */
    static final int MAX_WARMUP_PASSES = 6;
    /** The quick setting's cap: a smoke run, not numbers to publish. */
    static final int QUICK_WARMUP_PASSES = 2;
    private static volatile int maxWarmupPasses = MAX_WARMUP_PASSES;
    /** A warm-up pass is quiet when the JIT compilers worked for less than this share of its wall time. */
    static final double QUIET_COMPILE_SHARE = 0.02;

    private LoadRunner() {}

    /** Caps the warm-up passes of every scenario of this run. */
    static void maxWarmupPasses(int passes) {
        maxWarmupPasses = passes;
    }

    static int maxWarmupPasses() {
        return maxWarmupPasses;
    }

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
        warmUp(variants, threads, warmup);
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

    /**
     * Runs every variant for {@code warmup}, again and again until the JIT compilers were quiet during a whole pass
     * (at most {@link #maxWarmupPasses()}). A fixed warm-up measured the clients with the larger call graph (Camel's
     * and the component's) while C2 was still compiling them on the same CPUs: at 64 callers, the first rounds after
     * a 3 s warm-up ran at 0.72-0.80 of raw OkHttp and the later ones at 0.90-0.96.
     *
     * @return the passes run
     */
    static int warmUp(List<Variant> variants, int threads, Duration warmup) throws InterruptedException {
        if (warmup.isZero()) {
            return 0;
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        int passes = 0;
        while (true) {
            long compiledBefore = measurable ? jit.getTotalCompilationTime() : 0;
            long start = System.nanoTime();
            for (Variant v : variants) {
                loop(threads, warmup, v.call(), false);
            }
            passes++;
            long wallMillis = (System.nanoTime() - start) / 1_000_000;
            long compiledMillis = measurable ? jit.getTotalCompilationTime() - compiledBefore : 0;
            LOG.info("warm-up pass {}: the JIT compiled for {} ms of {} ms", passes, compiledMillis, wallMillis);
            if (!measurable || compiledMillis < QUIET_COMPILE_SHARE * wallMillis || passes >= maxWarmupPasses) {
                return passes;
            }
        }
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
