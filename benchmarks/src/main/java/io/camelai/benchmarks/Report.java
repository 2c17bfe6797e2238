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
                .append("mvn -B -q -pl benchmarks -am package -DskipTests exec:exec            # full run\n")
                .append("mvn -B -q -pl benchmarks -am package -DskipTests exec:exec -Dbench.args=quick\n```\n\n")
                .append("The benchmark JVM is `-Dbench.java` (by default a Java 25 found under /usr/lib/jvm, else")
                .append(" `java`): virtual threads need Java 21+, the library itself is built for Java 17.\n\n")
                .append("This run: ").append(LocalDate.now()).append(", settings `").append(settings.name())
                .append("`.\n\n").append(Environment.describe()).append("- Settings: ")
                .append(settings.threads()).append(" unary callers, ").append(settings.warmup().toSeconds())
                .append(" s warm-up and ").append(settings.measure().toSeconds()).append(" s measured per variant in ")
                .append(settings.rounds()).append(" interleaved rounds, ").append(settings.streamWords())
                .append("-word streamed answers, ").append(settings.streams()).append(" concurrent streams of ")
                .append(settings.concurrentWords()).append(" words (an event every ")
                .append(settings.concurrentEventMillis()).append(" ms), embed lists of ")
                .append(settings.embedTexts()).append(" texts.\n\n");
    }

    void unary(String title, List<LoadResult> results) {
        unary("Unary chat: requests per second and latency", title, results);
    }

    void unary(String heading, String title, List<LoadResult> results) {
        LoadResult base = results.get(0);
        md.append("## ").append(heading).append("\n\n").append(title).append(".\n\n")
                .append("| client | calls/s | vs raw | p50 ms | p99 ms | added p50 ms | added p99 ms | errors |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (LoadResult r : results) {
            md.append("| ").append(r.variant()).append(" | ").append(Math.round(r.perSecond())).append(" | ")
                    .append(ratio(r.perSecond(), base.perSecond())).append(" | ").append(f3(r.p50Millis()))
                    .append(" | ").append(f3(r.p99Millis())).append(" | ")
                    .append(f3(r.p50Millis() - base.p50Millis())).append(" | ")
                    .append(f3(r.p99Millis() - base.p99Millis())).append(" | ").append(r.errors()).append(" |\n");
        }
        md.append('\n');
    }

    void streaming(String title, List<LoadResult> results) {
        streaming("Streaming: chunks per second", title, results);
    }

    void streaming(String heading, String title, List<LoadResult> results) {
        double base = results.get(0).unitsPerSecond();
        md.append("## ").append(heading).append("\n\n").append(title).append(".\n\n")
                .append("| client | streams/s | text chunks/s | vs raw | p50 ms per stream | errors |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < results.size(); i++) {
            LoadResult r = results.get(i);
            double perSecond = r.unitsPerSecond();
            md.append("| ").append(r.variant()).append(" | ").append(f1(r.perSecond())).append(" | ")
                    .append(Math.round(perSecond)).append(" | ").append(ratio(perSecond, base)).append(" | ")
                    .append(f3(r.p50Millis())).append(" | ").append(r.errors()).append(" |\n");
        }
        md.append('\n');
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
                .append(". Heap per stream: heap in use (after GC) once every stream delivered its first chunk,")
                .append(" minus before, divided by the streams still open then. Each stream has its own thread.")
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

    String markdown() {
        return md.toString();
    }

    private static String ratio(double value, double base) {
        return base == 0 || Double.isNaN(base) || Double.isNaN(value) ? "n/a" : String.format("%.2f", value / base);
    }

    private static String f3(double v) {
        return String.format("%.3f", v);
    }

    private static String f1(double v) {
        return String.format("%.1f", v);
    }
}
