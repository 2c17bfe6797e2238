package io.camelai.benchmarks;

import java.util.Arrays;

/**
 * What one client variant achieved in one scenario: calls per second, the latency distribution, and the units per
 * second of each interleaved round (for ratios taken round by round).
 */
record LoadResult(String variant, long calls, long units, long errors, double seconds, long[] sortedLatencyNanos,
        double[] roundUnitsPerSecond) {

    double perSecond() {
        return calls / seconds;
    }

    /** Units (stream chunks, or calls) per second. */
    double unitsPerSecond() {
        return units / seconds;
    }

    double p50Millis() {
        return percentile(0.50);
    }

    double p99Millis() {
        return percentile(0.99);
    }

    private double percentile(double p) {
        if (sortedLatencyNanos.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sortedLatencyNanos.length - 1, Math.ceil(p * sortedLatencyNanos.length) - 1);
        return sortedLatencyNanos[Math.max(i, 0)] / 1e6;
    }

    /**
     * This variant's units per second against {@code base}'s, round by round (each pair measured back to back, so
     * the load of the moment weighs on both): {median, min, max} of the per-round ratios.
     */
    double[] roundRatios(LoadResult base) {
        int n = Math.min(roundUnitsPerSecond.length, base.roundUnitsPerSecond().length);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = roundUnitsPerSecond[i] / base.roundUnitsPerSecond()[i];
        }
        Arrays.sort(r);
        return n == 0 ? new double[]{Double.NaN, Double.NaN, Double.NaN} : new double[]{r[n / 2], r[0], r[n - 1]};
    }

    static LoadResult merge(String variant, java.util.List<LoadResult> parts) {
        long errors = parts.stream().mapToLong(LoadResult::errors).sum();
        long units = parts.stream().mapToLong(LoadResult::units).sum();
        double seconds = parts.stream().mapToDouble(LoadResult::seconds).sum();
        long[] all = parts.stream().flatMapToLong(p -> Arrays.stream(p.sortedLatencyNanos())).sorted().toArray();
        double[] rounds = parts.stream().mapToDouble(LoadResult::unitsPerSecond).toArray();
        return new LoadResult(variant, all.length, units, errors, seconds, all, rounds);
    }

    static LoadResult of(String variant, long units, long errors, double seconds, long[][] perThread) {
        long[] all = Arrays.stream(perThread).flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadResult(variant, all.length, units, errors, seconds, all, new double[]{units / seconds});
    }
}
