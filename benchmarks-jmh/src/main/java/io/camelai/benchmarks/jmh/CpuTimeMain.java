package io.camelai.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The same benchmark methods timed by the CPU time of the calling thread instead of the wall clock: on a machine
 * shared with other work (a CI runner, a busy laptop) JMH's throughput swings with the load, while the CPU time a
 * variant spends per operation stays put. The variants run in turns, round after round, and each gets the median of
 * its rounds. Arguments: rounds (default 15) and CPU milliseconds per round (default 200).
 */
public final class CpuTimeMain {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One benchmark method, and how many operations one call is. */
    private interface Op {
        void run() throws Exception;
    }

    private record Variant(String name, int opsPerCall, Op op) {}

    private CpuTimeMain() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        long roundNanos = (args.length > 1 ? Long.parseLong(args[1]) : 200) * 1_000_000;
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        StringBuilder out = new StringBuilder("| group | variant | CPU ns per op (median) | min | max |\n"
                + "| --- | --- | ---: | ---: | ---: |\n");

        StreamReadersBenchmark s = new StreamReadersBenchmark();
        s.setup();
        int e = StreamReadersBenchmark.EVENTS;
        measure(out, "stream readers, per event", rounds, roundNanos, List.of(
                new Variant("SSE framing camel-ai", e, () -> s.sseFramingCamelAi(bh)),
                new Variant("SSE framing okhttp-sse", e, () -> s.sseFramingOkHttp(bh)),
                new Variant("SSE + JSON camel-ai", e, () -> s.sseJsonCamelAi(bh)),
                new Variant("SSE + JSON cohere-java", e, () -> s.sseJsonCohereSdk(bh)),
                new Variant("Azure SSE + JSON camel-ai", e, () -> s.azureSseJsonCamelAi(bh)),
                // not azure-ai-inference's reader: Reactor runs part of its work on other threads
                new Variant("NDJSON framing camel-ai", e, () -> s.ndjsonFramingCamelAi(bh)),
                new Variant("NDJSON + JSON camel-ai", e, () -> s.ndjsonJsonCamelAi(bh)),
                new Variant("NDJSON + JSON cohere-java", e, () -> s.ndjsonJsonCohereSdk(bh))));

        for (int dims : new int[]{1024, 1536}) {
            for (String encoding : List.of("float", "base64")) {
                EmbeddingDecodeBenchmark d = new EmbeddingDecodeBenchmark();
                d.dimensions = dims;
                d.encoding = encoding;
                d.setup();
                int v = EmbeddingDecodeBenchmark.VECTORS;
                measure(out, "embedding decode " + dims + " " + encoding + ", per vector", rounds, roundNanos,
                        List.of(new Variant("raw Jackson float[]", v, () -> d.rawJacksonFloatArrays(bh)),
                                new Variant("raw Jackson float[], fast float parser", v,
                                        () -> d.rawJacksonFastFloatArrays(bh)),
                                new Variant("camel-ai VectorJson", v, () -> d.camelAiVectorJson(bh)),
                                new Variant("camel-ai tree (before)", v, () -> d.camelAiTreeBefore(bh)),
                                new Variant("cohere-java SDK types", v, () -> d.cohereSdkTypes(bh))));
            }
        }
        System.out.println(out);
    }

    private static void measure(StringBuilder out, String group, int rounds, long roundNanos, List<Variant> variants)
            throws Exception {
        Map<Variant, double[]> perOp = new LinkedHashMap<>();
        variants.forEach(v -> perOp.put(v, new double[rounds]));
        for (Variant v : variants) { // warm-up: one round each, not counted
            round(v, roundNanos);
        }
        for (int r = 0; r < rounds; r++) {
            for (Variant v : variants) {
                perOp.get(v)[r] = round(v, roundNanos);
            }
        }
        List<String> lines = new ArrayList<>();
        perOp.forEach((v, ns) -> {
            Arrays.sort(ns);
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f |%n", group, v.name(),
                    ns[ns.length / 2], ns[0], ns[ns.length - 1]));
        });
        lines.forEach(out::append);
    }

    /** Calls the variant until it used {@code roundNanos} of CPU; CPU nanoseconds per operation. */
    private static double round(Variant v, long roundNanos) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        long calls = 0;
        long used;
        do {
            v.op().run();
            calls++;
            used = THREADS.getCurrentThreadCpuTime() - start;
        } while (used < roundNanos);
        return (double) used / (calls * v.opsPerCall());
    }
}
