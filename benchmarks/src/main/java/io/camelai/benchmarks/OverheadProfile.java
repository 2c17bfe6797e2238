package io.camelai.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a client's CPU goes, from a JFR recording of this JVM while one variant runs: each execution sample is
 * charged to the innermost frame outside the JDK (so a HashMap that Camel fills counts as Camel), grouped by
 * library. Divided by the calls made, two variants compare per call: the difference is the overhead and where it
 * sits. JFR samples a few running threads every 2 ms, so the counts are relative, not CPU time.
 */
final class OverheadProfile {

    /** Layers in the order the report lists them: the package prefixes of the frames they own. */
    static final Map<String, List<String>> LAYERS = layers();

    /** One variant's samples per 1,000 calls, by layer and by method. */
    record Result(String variant, long calls, Map<String, Double> perLayer, Map<String, Double> perMethod) {

        double total() {
            return perLayer.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private OverheadProfile() {}

    private static Map<String, List<String>> layers() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("OkHttp and Okio", List.of("okhttp3.", "okio."));
        m.put("Jackson", List.of("com.fasterxml.jackson."));
        m.put("Camel", List.of("org.apache.camel."));
        m.put("camel-ai (support, cohere)", List.of("io.camelai.support.", "io.camelai.cohere."));
        m.put("Failsafe (retries)", List.of("dev.failsafe."));
        m.put("benchmark harness", List.of("io.camelai.benchmarks."));
        return m;
    }

    /** Runs {@code variant} on {@code threads} callers for {@code period} under a JFR recording. */
    static Result profile(LoadRunner.Variant variant, int threads, Duration period)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile("camel-ai-bench", ".jfr");
        long calls;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2)).withStackTrace();
            recording.start();
            calls = LoadRunner.compare(List.of(variant), threads, Duration.ZERO, period, 1).get(0).calls();
            recording.stop();
            recording.dump(file);
        }
        try {
            return summarise(variant.name(), calls, RecordingFile.readAllEvents(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static Result summarise(String variant, long calls, List<RecordedEvent> events) {
        Map<String, Double> perLayer = new LinkedHashMap<>();
        LAYERS.keySet().forEach(l -> perLayer.put(l, 0.0));
        perLayer.put("other (JDK only, logging)", 0.0);
        Map<String, Double> perMethod = new HashMap<>();
        double weight = calls == 0 ? 0 : 1000.0 / calls;
        for (RecordedEvent e : events) {
            RecordedThread sampled = e.getThread("sampledThread");
            if (e.getStackTrace() == null || sampled == null || sampled.getJavaName() == null
                    || !sampled.getJavaName().startsWith("load-")) {
                continue; // only the callers' threads: not the JIT, GC or the simulator's output drain
            }
            RecordedFrame owner = owner(e.getStackTrace().getFrames());
            String type = owner == null ? "" : owner.getMethod().getType().getName();
            String layer = layerOf(type);
            perLayer.merge(layer, weight, Double::sum);
            if (owner != null) {
                perMethod.merge(simpleName(type) + "." + owner.getMethod().getName(), weight, Double::sum);
            }
        }
        return new Result(variant, calls, perLayer, perMethod);
    }

    /** The innermost frame outside the JDK (and Kotlin's runtime, which OkHttp calls), or null. */
    private static RecordedFrame owner(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            if (f.isJavaFrame() && !isRuntime(f.getMethod().getType().getName())) {
                return f;
            }
        }
        return null;
    }

    private static boolean isRuntime(String type) {
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                || type.startsWith("kotlin.");
    }

    static String layerOf(String type) {
        for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
            if (layer.getValue().stream().anyMatch(type::startsWith)) {
                return layer.getKey();
            }
        }
        return "other (JDK only, logging)";
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
