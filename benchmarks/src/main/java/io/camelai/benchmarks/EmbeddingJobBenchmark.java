package io.camelai.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.embedding.jobs.EmbeddingJobs;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch embedding job on one machine: a file of N lines (default 1,000,000; {@code lines=N}) embedded at 1024
 * dimensions (embed-english-v3.0) by the simulator, written as one JSONL record per line. Compared with raw OkHttp
 * loops that send the same batches of 96 to the same server and write the same records, one batch at a time and
 * four at a time. Reports lines/s and the peak heap of each variant, as a Markdown table on stdout and in
 * {@code target/embedding-job-benchmark.md}. Run: {@code -Dbench.args="jobs lines=20000 rounds=3"} (rounds: the
 * variants take turns that often; the median rate is reported).
 */
final class EmbeddingJobBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingJobBenchmark.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MODEL = "embed-english-v3.0";
    private static final int BATCH = 96;
    private static final int PARALLEL = 4;

    private final String url;
    private final OkHttpClient http;
    private final Path work;
    private final Path input;
    private final int lines;

    private EmbeddingJobBenchmark(String url, Path work, int lines) throws IOException {
        this.url = url;
        this.work = work;
        this.lines = lines;
        this.input = work.resolve("in").resolve("lines.txt");
        Dispatcher d = new Dispatcher();
        d.setMaxRequestsPerHost(64);
        this.http = new OkHttpClient.Builder().dispatcher(d).connectionPool(new ConnectionPool(16, 1, TimeUnit.MINUTES))
                .readTimeout(Duration.ofSeconds(60)).build();
        Files.createDirectories(input.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= lines; i++) {
                w.write("sentence number " + i + " about camels crossing the desert at night");
                w.write('\n');
            }
        }
    }

    /** {@code args}: the words after {@code jobs} ({@code lines=N}). */
    static void run(List<String> args) throws Exception {
        int lines = 1_000_000;
        int rounds = 1;
        for (String a : args) {
            if (a.startsWith("lines=")) {
                lines = Integer.parseInt(a.substring("lines=".length()).replace("_", ""));
            } else if (a.startsWith("rounds=")) {
                rounds = Integer.parseInt(a.substring("rounds=".length()));
            } else {
                throw new IllegalArgumentException("jobs: unknown argument " + a + " (lines=N, rounds=N)");
            }
        }
        Path work = Files.createTempDirectory("embedding-job-bench");
        List<Row> rows = new ArrayList<>();
        try (SimulatorProcess sim = SimulatorProcess.start()) {
            EmbeddingJobBenchmark bench = new EmbeddingJobBenchmark(sim.url(), work, lines);
            LOG.info("simulator at {}; {} lines in {}", sim.url(), lines, bench.input);
            // the variants take turns, round after round, so a slow phase of the machine hits all of them alike
            List<List<Row>> byVariant = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (int round = 0; round < rounds; round++) {
                byVariant.get(0).add(bench.measure("raw OkHttp, batches of 96 in sequence", out -> bench.raw(out, 1)));
                byVariant.get(1).add(bench.measure("raw OkHttp, batches of 96, 4 in parallel",
                        out -> bench.raw(out, PARALLEL)));
                byVariant.get(2).add(bench.measure("job, batchSize=96 (one provider call at a time)",
                        out -> bench.job(out, BATCH)));
                byVariant.get(3).add(bench.measure("job, batchSize=384 (cohere:embed parallelCalls=4)",
                        out -> bench.job(out, BATCH * PARALLEL)));
            }
            byVariant.forEach(runs -> rows.add(median(runs)));
        } finally {
            deleteTree(work);
        }
        String md = markdown(lines, rounds, rows);
        System.out.println(md);
        Path report = Path.of("target", "embedding-job-benchmark.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, md);
        LOG.info("wrote {}", report.toAbsolutePath());
    }

    private interface Variant {
        void run(Path outputDir) throws Exception;
    }

    /** Peak heap: the most used at any time (young garbage included) and the most still used after a GC. */
    private record Row(String variant, double linesPerSecond, long peakHeapBytes, long peakLiveBytes,
            long records) {}

    private Row measure(String name, Variant variant) throws Exception {
        Path out = work.resolve("out-" + Integer.toHexString(name.hashCode()));
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peakLive = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peakLive.accumulateAndGet(heap.stream()
                .mapToLong(p -> p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed()).sum(),
                Math::max), 0, 50, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        try {
            variant.run(out);
        } finally {
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long records = countRecords(out);
        deleteTree(out);
        LOG.info("{}: {} lines/s, peak heap {} MiB, after GC {} MiB", name, Math.round(lines / seconds), peak >> 20,
                peakLive.get() >> 20);
        return new Row(name, lines / seconds, peak, peakLive.get(), records);
    }

    private void job(Path out, int batchSize) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("benchHttp", http);
        context.addRoutes(EmbeddingJobs.fromFolder(input.getParent().toString()).toFolder(out.toString())
                .embedWith("cohere:embed?model=" + MODEL + "&inputType=search_document&apiKey=bench-key"
                        + "&maxRetries=0&httpClient=#benchHttp&parallelCalls=" + PARALLEL + "&baseUrl=" + url)
                .batchSize(batchSize).progressInterval(Duration.ofSeconds(10)).build());
        try (context) {
            context.start();
            Path done = out.resolve("lines.txt.done");
            while (!Files.exists(done)) {
                Thread.sleep(20);
            }
        }
    }

    /** Reads the file in batches of 96 lines, embeds them, writes one record per line in order. */
    private void raw(Path out, int parallel) throws Exception {
        Files.createDirectories(out);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try (var reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out.resolve("lines.txt.embeddings.jsonl"))) {
            int lineNumber = 0;
            List<Future<JsonNode>> inFlight = new ArrayList<>();
            List<Integer> firstLines = new ArrayList<>();
            List<String> batch = new ArrayList<>(BATCH);
            for (String line = reader.readLine();; line = reader.readLine()) {
                if (line != null) {
                    batch.add(line);
                }
                if (batch.size() == BATCH || (line == null && !batch.isEmpty())) {
                    List<String> texts = List.copyOf(batch);
                    batch.clear();
                    firstLines.add(lineNumber + 1);
                    lineNumber += texts.size();
                    inFlight.add(pool.submit(() -> embed(texts)));
                }
                if (inFlight.size() == parallel || (line == null && !inFlight.isEmpty())) {
                    for (int b = 0; b < inFlight.size(); b++) {
                        JsonNode vectors = inFlight.get(b).get();
                        for (int i = 0; i < vectors.size(); i++) {
                            ObjectNode record = MAPPER.createObjectNode().put("file", "lines.txt")
                                    .put("line", firstLines.get(b) + i);
                            record.set("embedding", vectors.get(i));
                            writer.write(MAPPER.writeValueAsString(record));
                            writer.write('\n');
                        }
                    }
                    inFlight.clear();
                    firstLines.clear();
                }
                if (line == null) {
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode embed(List<String> texts) throws IOException {
        Map<String, Object> body = Map.of("model", MODEL, "input_type", "search_document", "embedding_types",
                List.of("float"), "texts", texts);
        Request request = new Request.Builder().url(url + "/v2/embed").header("Authorization", "Bearer bench-key")
                .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build();
        try (Response r = http.newCall(request).execute()) {
            if (!r.isSuccessful()) {
                throw new IOException("HTTP " + r.code() + " from the simulator");
            }
            return MAPPER.readTree(r.body().byteStream()).at("/embeddings/float");
        }
    }

    private static long countRecords(Path out) throws IOException {
        Path file = out.resolve("lines.txt.embeddings.jsonl");
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }

    /** The run with the median rate; the highest heap figures of all runs. */
    private static Row median(List<Row> runs) {
        List<Row> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(Row::linesPerSecond)).toList();
        Row mid = sorted.get(sorted.size() / 2);
        return new Row(mid.variant(), mid.linesPerSecond(), runs.stream().mapToLong(Row::peakHeapBytes).max()
                .orElse(0), runs.stream().mapToLong(Row::peakLiveBytes).max().orElse(0), mid.records());
    }

    private static String markdown(int lines, int rounds, List<Row> rows) {
        double base = rows.get(0).linesPerSecond();
        StringBuilder md = new StringBuilder("## Batch embedding job on one machine (jobs setting)\n\n")
                .append(String.format(
                        "%,d lines of one .txt file, embed-english-v3.0 (1024 dimensions) from the simulator in a separate"
                                + " JVM on loopback, one JSONL record per line written by every variant; %d interleaved"
                                + " round(s), median lines/s; %d CPUs, heap %d MiB.\n\n",
                        lines, rounds, Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20))
                .append("Peak heap: the most heap in use at any time (young garbage included, so it mostly shows the")
                .append(" young generation's size); after GC: the most still in use after a collection, sampled every")
                .append(" 50 ms (what the variant keeps alive).\n\n")
                .append("| variant | lines/s | vs raw in sequence | peak heap MiB | peak after GC MiB | records |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            md.append(String.format("| %s | %,.0f | %.2fx | %d | %d | %,d |%n", r.variant(), r.linesPerSecond(),
                    r.linesPerSecond() / base, r.peakHeapBytes() >> 20, r.peakLiveBytes() >> 20, r.records()));
        }
        return md.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
