package io.camelai.benchmarks;

import java.util.Arrays;

/** What one client variant achieved in one scenario: calls per second and the latency distribution. */
record LoadResult(String variant, long calls, long units, long errors, double seconds, long[] sortedLatencyNanos) {

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

    static LoadResult merge(String variant, java.util.List<LoadResult> parts) {
        long errors = parts.stream().mapToLong(LoadResult::errors).sum();
        long units = parts.stream().mapToLong(LoadResult::units).sum();
        double seconds = parts.stream().mapToDouble(LoadResult::seconds).sum();
        long[] all = parts.stream().flatMapToLong(p -> Arrays.stream(p.sortedLatencyNanos())).sorted().toArray();
        return new LoadResult(variant, all.length, units, errors, seconds, all);
    }

    static LoadResult of(String variant, long units, long errors, double seconds, long[][] perThread) {
        long[] all = Arrays.stream(perThread).flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadResult(variant, all.length, units, errors, seconds, all);
    }
}
