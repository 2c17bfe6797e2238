package io.camelai.benchmarks;

import java.time.LocalDate;
import java.util.List;

/**
 * BENCHMARKS.md: each scenario as a table of absolute numbers and ratios against the raw OkHttp baseline measured in
 * the same run (the first row of each table).
 */
final class Report {

    private final StringBuilder md = new StringBuilder();

    Report(BenchmarkMain.Settings settings) {
        md.append("# Benchmarks\n\n")
                .append("Measured by `benchmarks/` in one run against the simulator (a separate JVM) on loopback: ")
                .append("every variant makes the same calls to the same server, so the ratios compare the clients.")
                .append(" Absolute numbers depend on the machine; the ratios are what to read.\n\n")
                .append("Reproduce (from the repository root):\n\n```bash\n")
                .append("mvn -B -q -pl benchmarks -am package -DskipTests exec:exec     # full: ~25 min on 2 CPUs\n")
                .append("mvn -B -q -pl benchmarks -am package -DskipTests exec:exec -Dbench.args=quick  # ~11 min\n")
                .append("# some scenarios only: unary,streaming,azure,embed,embedsizes,concurrency,clientcost,kafka\n")
                .append("mvn -B -q -pl benchmarks -am package -DskipTests exec:exec -Dbench.scenarios=unary,clientcost\n")
                .append("```\n\n")
                .append("The benchmark JVM is `-Dbench.java` (by default a Java 25 found under /usr/lib/jvm, else")
                .append(" `java`): virtual threads need Java 21+, the library itself is built for Java 17.\n\n")
                .append("This run: ").append(LocalDate.now()).append(", settings `").append(settings.name())
                .append("`.\n\n").append(Environment.describe()).append("- Settings: ")
                .append(settings.threads()).append(" unary callers, ").append(settings.warmup().toSeconds())
                .append(" s warm-up per variant (repeated, at most ").append(LoadRunner.maxWarmupPasses())
                .append(" passes, until the JIT compilers worked less than ")
                .append(Math.round(100 * LoadRunner.QUIET_COMPILE_SHARE)).append(" % of a pass) and ")
                .append(settings.measure().toSeconds()).append(" s measured per variant in ")
                .append(settings.rounds()).append(" interleaved rounds (embeddings: ").append(settings.embedRounds())
                .append("; every other round in reverse order), ").append(settings.streamWords())
                .append("-word streamed answers, ").append(settings.streams()).append(" concurrent streams of ")
                .append(settings.concurrentWords()).append(" words (an event every ")
                .append(settings.concurrentEventMillis()).append(" ms), embed lists of ")
                .append(settings.embedTexts()).append(" texts.\n")
                .append("- Ratios: \"vs raw\" divides the totals of all rounds; \"by round\" divides each round's rate by")
                .append(" raw's in the same round (measured back to back, under the same load) and gives the median")
                .append(" and the range of those ratios, which moves less with the machine's load.\n\n");
    }

    void unary(String title, List<LoadResult> results) {
        unary("Unary chat: requests per second and latency", title, results);
    }

    void unary(String heading, String title, List<LoadResult> results) {
        LoadResult base = results.get(0);
        md.append("## ").append(heading).append("\n\n").append(title).append(".\n\n")
                .append("| client | calls/s | vs raw | vs raw by round: median (min-max) | p50 ms | p99 ms |")
                .append(" added p50 µs | added p99 µs | errors |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (LoadResult r : results) {
            md.append("| ").append(r.variant()).append(" | ").append(Math.round(r.perSecond())).append(" | ")
                    .append(ratio(r.perSecond(), base.perSecond())).append(" | ").append(byRound(r, base))
                    .append(" | ").append(f3(r.p50Millis()))
                    .append(" | ").append(f3(r.p99Millis())).append(" | ")
                    .append(Math.round(1000 * (r.p50Millis() - base.p50Millis()))).append(" | ")
                    .append(Math.round(1000 * (r.p99Millis() - base.p99Millis()))).append(" | ").append(r.errors())
                    .append(" |\n");
        }
        md.append('\n');
        camelShare(results);
    }

    /**
     * Splits a route's gap to raw OkHttp into Camel's share (the raw client in a processor of the same kind of route)
     * and the component's (the route against that processor route, round by round).
     */
    private void camelShare(List<LoadResult> results) {
        LoadResult raw = results.get(0);
        LoadResult inRoute = results.stream().filter(r -> r.variant().equals(BenchmarkMain.RAW_IN_ROUTE)).findFirst()
                .orElse(null);
        LoadResult route = results.stream().filter(r -> r.variant().endsWith(" route")).findFirst().orElse(null);
        if (inRoute == null || route == null) {
            return;
        }
        double[] camel = inRoute.roundRatios(raw);
        double[] component = route.roundRatios(inRoute);
        md.append("Reading: Camel's own share (ProducerTemplate, direct route, unit of work, error handler) is the")
                .append(" raw client in a processor of such a route, ").append(String.format("%.2f", camel[0]))
                .append("x raw by round; the ").append(route.variant()).append(" against that route is ")
                .append(String.format("%.2f (%.2f-%.2f)", component[0], component[1], component[2]))
                .append(" by round: what the component adds to a route that calls the provider by hand.\n\n");
    }

    void streaming(String title, List<LoadResult> results) {
        streaming("Streaming: chunks per second", title, results);
    }

    void streaming(String heading, String title, List<LoadResult> results) {
        double base = results.get(0).unitsPerSecond();
        md.append("## ").append(heading).append("\n\n").append(title).append(".\n\n")
                .append("| client | streams/s | text chunks/s | vs raw | vs raw by round: median (min-max) |")
                .append(" p50 ms per stream | errors |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < results.size(); i++) {
            LoadResult r = results.get(i);
            double perSecond = r.unitsPerSecond();
            md.append("| ").append(r.variant()).append(" | ").append(f1(r.perSecond())).append(" | ")
                    .append(Math.round(perSecond)).append(" | ").append(ratio(perSecond, base)).append(" | ")
                    .append(byRound(r, results.get(0))).append(" | ")
                    .append(f3(r.p50Millis())).append(" | ").append(r.errors()).append(" |\n");
        }
        md.append('\n');
    }

    /** A section a scenario renders itself (EmbedSizes). */
    void section(String markdown) {
        md.append(markdown);
    }

    void embeddings(String title, List<LoadResult> results) {
        double base = results.get(0).unitsPerSecond();
        md.append("## Embedding throughput with batching\n\n").append(title).append(".\n\n")
                .append("| client | lists/s | vectors/s | vs raw | p50 ms per list | errors |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (LoadResult r : results) {
            md.append("| ").append(r.variant()).append(" | ").append(f1(r.perSecond())).append(" | ")
                    .append(Math.round(r.unitsPerSecond())).append(" | ").append(ratio(r.unitsPerSecond(), base))
                    .append(" | ").append(f3(r.p50Millis())).append(" | ").append(r.errors()).append(" |\n");
        }
        md.append('\n');
    }

    void concurrency(String title, List<ConcurrentStreams.Result> results) {
        md.append("## Concurrent streams and memory per stream\n\n").append(title)
                .append(". Each stream waits after its first chunk until every stream delivered one; then the")
                .append(" heap in use (after GC) minus the heap before, divided by the streams, is the heap per")
                .append(" stream, and all streams read on to the end. Each stream has its own thread.")
                .append(" A platform thread's stack is native memory, not heap, and is not counted; a virtual")
                .append(" thread's stack is on the heap while it waits for the next event, so it is counted.")
                .append(" The ratio compares each client with raw OkHttp on the same kind of thread.\n\n")
                .append("| client | threads | streams completed | open when measured | wall s")
                .append(" | heap KiB per open stream | vs raw |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (ConcurrentStreams.Result r : results) {
            ConcurrentStreams.Result base = results.stream().filter(b -> b.threads() == r.threads()).findFirst()
                    .orElse(r);
            md.append("| ").append(r.variant()).append(" | ").append(r.threads().label()).append(" | ")
                    .append(r.succeeded()).append('/').append(r.streams())
                    .append(" | ").append(r.openAtMeasurement()).append(" | ").append(f1(r.seconds())).append(" | ")
                    .append(f1(r.heapBytesPerStream() / 1024))
                    .append(" | ").append(ratio(r.heapBytesPerStream(), base.heapBytesPerStream())).append(" |\n");
        }
        md.append('\n');
    }

    /**
     * Where the route's CPU goes beyond raw OkHttp's, per call, by library and by method, from JFR samples of both
     * (see {@link OverheadProfile}); with a sentence reading the table.
     */
    void profile(String title, OverheadProfile.Result base, OverheadProfile.Result route) {
        md.append("## Where the route's overhead goes (JFR profile)\n\n").append(title)
                .append(". JFR execution samples of the calling threads per 1,000 calls, each charged to the")
                .append(" innermost frame outside the JDK (a HashMap that Camel fills counts as Camel). Samples")
                .append(" are relative CPU, not time: waiting on the network is not sampled.\n\n")
                .append("| layer | ").append(base.variant()).append(" | ").append(route.variant())
                .append(" | added |\n| --- | ---: | ---: | ---: |\n");
        for (String layer : route.perLayer().keySet()) {
            double b = base.perLayer().getOrDefault(layer, 0.0);
            double r = route.perLayer().get(layer);
            md.append("| ").append(layer).append(" | ").append(f2(b)).append(" | ").append(f2(r)).append(" | ")
                    .append(f2(r - b)).append(" |\n");
        }
        double added = route.total() - base.total();
        md.append("| all | ").append(f2(base.total())).append(" | ").append(f2(route.total())).append(" | ")
                .append(f2(added)).append(" |\n\n");
        md.append("Reading: the route costs ").append(ratio(route.total(), base.total()))
                .append("x raw OkHttp's client CPU per call. The largest additions by layer: ");
        md.append(String.join("; ", route.perLayer().keySet().stream()
                .sorted((x, y) -> Double.compare(delta(route.perLayer(), base.perLayer(), y),
                        delta(route.perLayer(), base.perLayer(), x)))
                .limit(3)
                .map(l -> l + " " + share(delta(route.perLayer(), base.perLayer(), l), added))
                .toList()));
        md.append(" of the added samples. Methods the route adds most (own samples, innermost non-JDK frame): ");
        md.append(String.join(", ", route.perMethod().keySet().stream()
                .sorted((x, y) -> Double.compare(delta(route.perMethod(), base.perMethod(), y),
                        delta(route.perMethod(), base.perMethod(), x)))
                .limit(8)
                .map(m -> "`" + m + "` " + f2(delta(route.perMethod(), base.perMethod(), m)))
                .toList()));
        md.append(".\n\n");
    }

    private static double delta(java.util.Map<String, Double> route, java.util.Map<String, Double> base, String k) {
        return route.getOrDefault(k, 0.0) - base.getOrDefault(k, 0.0);
    }

    private static String share(double part, double whole) {
        return whole <= 0 ? "n/a" : Math.round(100 * part / whole) + " %";
    }

    /** What holds for every run, whatever the numbers. */
    void notes() {
        md.append("## Notes\n\n")
                .append("- The Azure SDK refuses key credentials over plain HTTP (the simulator is on loopback), so")
                .append(" it sends the same `api-key` header through a pipeline policy instead of")
                .append(" `AzureKeyCredential`; it otherwise runs as it ships, with azure-core's Netty HTTP client")
                .append(" and its own JSON stack. Its streaming reader logs JSON errors for events split across")
                .append(" network reads, although every stream's text chunks are counted; that logging is part of")
                .append(" its cost here.\n")
                .append("- The cohere-java SDK logs `Failed to parse SSE event` once per stream: it parses the")
                .append(" `data: [DONE]` line that ends a Cohere v2 stream as JSON (the real API sends that line too;")
                .append(" see the recorded streams in camel-cohere's tests); its streams still complete.\n")
                .append("- The embedding rows differ by design: the route sends up to `parallelCalls` batches at")
                .append(" once, the hand-written loop and the SDK one after another. The simulator answers each")
                .append(" embed call after 25 ms, as a remote model would.\n")
                .append("- The components keep Jackson's parsing buffers in one pool shared by all threads;")
                .append(" raw OkHttp + Jackson and the SDK keep Jackson's default, a set per thread, which is most")
                .append(" of the difference in heap per open stream.\n")
                .append("- The machine is shared by the simulator (same CPUs): a client that uses less CPU leaves")
                .append(" more to the server, so throughput ratios follow client CPU per call.\n")
                .append("- With 64 callers on 2 CPUs, two locks weigh on every OkHttp client alike (JFR shows both")
                .append(" in the raw client's threads too): OkHttp looks for an idle pooled connection by taking")
                .append(" each connection's lock in turn, and okio takes one process-wide lock whenever a timeout")
                .append(" starts or ends (each socket read and write, each call). A caller descheduled while holding")
                .append(" one stalls the others, so the 64-caller ratios move from round to round far more than")
                .append(" the CPU each client spends per call (the table without the network) would.\n\n");
    }

    String markdown() {
        return md.toString();
    }

    /** The per-round ratios against the first variant, measured back to back in each round. */
    private static String byRound(LoadResult r, LoadResult base) {
        double[] m = r.roundRatios(base);
        return String.format("%.2f (%.2f-%.2f)", m[0], m[1], m[2]);
    }

    private static String ratio(double value, double base) {
        return base == 0 || Double.isNaN(base) || Double.isNaN(value) ? "n/a" : String.format("%.2f", value / base);
    }

    private static String f3(double v) {
        return String.format("%.3f", v);
    }

    private static String f2(double v) {
        return String.format("%.2f", v);
    }

    private static String f1(double v) {
        return String.format("%.1f", v);
    }

    /**
     * The sections of the previous report that other commands write (headed "... (JMH)": benchmarks-jmh; "...
     * (jobs setting)": the batch job's long run), kept as they are: this run does not measure them.
     */
    void keepSectionsOfOtherCommands(String previous) {
        int at = 0;
        while ((at = previous.indexOf("\n## ", at)) >= 0) {
            int end = previous.indexOf("\n## ", at + 1);
            String section = previous.substring(at + 1, end < 0 ? previous.length() : end + 1);
            String heading = section.lines().findFirst().orElse("");
            if (heading.endsWith("(JMH)") || heading.endsWith("(jobs setting)")) {
                md.append(section.endsWith("\n\n") ? section : section + "\n");
            }
            at = at + 1;
        }
    }
}
