package io.camelai.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every benchmark in one process against one simulator process on loopback and writes BENCHMARKS.md.
 * Arguments: {@code full} or {@code quick}, then the report path; or {@code jobs [lines=N]}: the batch embedding job
 * alone ({@link EmbeddingJobBenchmark}).
 */
public final class BenchmarkMain {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkMain.class);
    private static final Map<String, String> SLOW_EVENTS = Map.of("X-Simulator-Fault", "slow=25");

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        List<String> words = args.length > 0 ? List.of(args[0].trim().split("\\s+")) : List.of();
        if (!words.isEmpty() && words.get(0).equals("jobs")) {
            EmbeddingJobBenchmark.run(words.subList(1, words.size())); // its own table: BENCHMARKS.md is untouched
            return;
        }
        boolean quick = args.length > 0 && args[0].equals("quick");
        Path report = Path.of(args.length > 1 ? args[1] : "BENCHMARKS.md");
        Settings s = quick ? Settings.QUICK : Settings.FULL;
        Report out = new Report(s.name());
        try (SimulatorProcess sim = SimulatorProcess.start()) {
            LOG.info("simulator at {}; settings {}", sim.url(), s);
            OkHttpClient http = client(Map.of());
            OkHttpClient slowHttp = client(SLOW_EVENTS);
            RawCohere raw = new RawCohere(http, sim.url());
            SdkCohere sdk = new SdkCohere(http, sim.url(), Map.of());
            try (CamelCohere camel = new CamelCohere(http, sim.url())) {
                if (selected("unary")) {
                    unary(out, s, raw, sdk, camel);
                }
                if (selected("streaming")) {
                    streaming(out, s, raw, sdk, camel);
                }
            }
            if (selected("azure")) {
                azure(out, s, http, sim.url() + "/models");
            }
            if (selected("embed")) {
                embed(out, s, slowHttp, sim.url());
            }
            if (selected("embedsizes")) {
                embedSizes(out, s, http, sim.url());
            }
            if (selected("concurrency")) {
                concurrency(out, s, sim.url(), slowHttp);
            }
        }
        if (selected("kafka")) {
            KafkaWorkersBenchmark kafka = new KafkaWorkersBenchmark(10, Duration.ofSeconds(5), 16,
                    quick ? 600 : 1600);
            out.section(kafka.markdown(kafka.run(1, 2, 4)));
        }
        Files.writeString(report, out.markdown());
        LOG.info("wrote {}", report.toAbsolutePath());
    }

    /** {@code -Dbench.scenarios=unary,streaming,concurrency} runs a subset (all by default). */
    private static boolean selected(String scenario) {
        String only = System.getProperty("bench.scenarios", "");
        return only.isBlank() || java.util.Arrays.asList(only.split(",")).contains(scenario);
    }

    private static long one(Object ignored) {
        return 1;
    }

    /** One OkHttp client for all variants (same pool size), adding fixed headers where asked. */
    private static OkHttpClient client(Map<String, String> headers) {
        Dispatcher d = new Dispatcher();
        d.setMaxRequests(4096);
        d.setMaxRequestsPerHost(4096);
        return new OkHttpClient.Builder().dispatcher(d).connectionPool(new ConnectionPool(2048, 1, TimeUnit.MINUTES))
                .readTimeout(Duration.ofSeconds(60)).addInterceptor(chain -> {
                    var b = chain.request().newBuilder();
                    headers.forEach(b::header);
                    return chain.proceed(b.build());
                }).build();
    }

    private static void unary(Report out, Settings s, RawCohere raw, SdkCohere sdk, CamelCohere camel)
            throws InterruptedException {
        String q = "What is the capital of France?";
        List<LoadResult> results = LoadRunner.compare(List.of(
                new LoadRunner.Variant("raw OkHttp + Jackson", () -> one(raw.chat(q))),
                new LoadRunner.Variant("cohere:chat route", () -> one(camel.chat(q))),
                new LoadRunner.Variant("cohere-java SDK 1.9.3", () -> one(sdk.chat(q)))),
                s.threads(), s.warmup(), s.measure(), s.rounds());
        out.unary("Cohere v2 chat, " + s.threads() + " threads, closed loop, " + s.rounds() + " interleaved rounds",
                results);
    }

    private static void streaming(Report out, Settings s, RawCohere raw, SdkCohere sdk, CamelCohere camel)
            throws InterruptedException {
        String longText = "word ".repeat(s.streamWords());
        List<LoadResult> results = LoadRunner.compare(List.of(
                new LoadRunner.Variant("raw OkHttp SSE lines + Jackson",
                        () -> raw.stream(longText, Map.of(), () -> {})),
                new LoadRunner.Variant("route, streaming consumer", () -> camel.streamToConsumer(longText)),
                new LoadRunner.Variant("route, split(body()).streaming()", () -> camel.streamSplit(longText)),
                new LoadRunner.Variant("cohere-java SDK chatStream", () -> sdk.stream(longText, () -> {}))),
                1, s.warmup(), s.measure(), s.rounds());
        out.streaming("one stream at a time, " + (s.streamWords() + 3) + " text chunks per stream, " + s.rounds()
                + " interleaved rounds", results);
    }

    private static void azure(Report out, Settings s, OkHttpClient http, String endpoint) throws Exception {
        String q = "What is the capital of France?";
        String longText = "word ".repeat(s.streamWords());
        try (AzureVariants azure = new AzureVariants(http, endpoint)) {
            List<LoadResult> unary = LoadRunner.compare(List.of(
                    new LoadRunner.Variant("raw OkHttp + Jackson", () -> one(azure.raw(q))),
                    new LoadRunner.Variant("azure-inference:chat route", () -> one(azure.route(q))),
                    new LoadRunner.Variant("azure-ai-inference SDK 1.0.0-beta.5 (Netty)", () -> one(azure.sdk(q)))),
                    s.threads(), s.warmup(), s.measure(), s.rounds());
            out.unary("Azure AI Inference unary chat", "chat/completions, " + s.threads()
                    + " threads, closed loop, " + s.rounds()
                    + " interleaved rounds", unary);
            List<LoadResult> streams = LoadRunner.compare(List.of(
                    new LoadRunner.Variant("raw OkHttp SSE lines + Jackson", () -> azure.rawStream(longText)),
                    new LoadRunner.Variant("route, streaming consumer", () -> azure.routeStream(longText)),
                    new LoadRunner.Variant("azure-ai-inference SDK completeStream", () -> azure.sdkStream(longText))),
                    1, s.warmup(), s.measure(), s.rounds());
            out.streaming("Azure AI Inference streaming", "one stream at a time, " + (s.streamWords() + 3)
                    + " text chunks per stream", streams);
        }
    }

    /** The server answers each embed call after 25 ms (slowHttp), as a remote model would take time. */
    private static void embed(Report out, Settings s, OkHttpClient slowHttp, String url) throws Exception {
        List<String> texts = java.util.stream.IntStream.range(0, s.embedTexts()).mapToObj(i -> "text number " + i)
                .toList();
        try (EmbedVariants embed = new EmbedVariants(slowHttp, url, 4)) {
            List<LoadResult> results = LoadRunner.compare(List.of(
                    new LoadRunner.Variant("raw OkHttp, batches of 96 in sequence", () -> embed.raw(texts)),
                    new LoadRunner.Variant("cohere:embed route, batches of 96, parallelCalls=4",
                            () -> embed.route(texts)),
                    new LoadRunner.Variant("cohere-java SDK, batches of 96 in sequence", () -> embed.sdk(texts))),
                    1, s.warmup(), s.measure(), s.rounds());
            out.embeddings("Cohere v2 embed of a list of " + s.embedTexts() + " texts per call (so "
                    + ((s.embedTexts() + 95) / 96) + " provider calls each), one list at a time; the server"
                    + " takes 25 ms per provider call", results);
        }
    }

    /** Embeddings at 1024 and 1536 dimensions, floats and base64: vectors/s and heap per vector. */
    private static void embedSizes(Report out, Settings s, OkHttpClient http, String url) throws Exception {
        int kept = 960;
        try (EmbedSizes sizes = new EmbedSizes(http, url)) {
            List<EmbedSizes.Row> rows = sizes.run(s.threads(), s.warmup(), s.measure().dividedBy(3), s.rounds(),
                    kept);
            out.section(EmbedSizes.markdown(rows, kept, "Cohere v2 embed (embed-v4.0, `output_dimension`) and Azure AI"
                    + " Inference embeddings (embed-v-4-0, `dimensions`) of 96 texts per call, " + s.threads()
                    + " threads, closed loop, " + s.rounds() + " interleaved rounds"));
        }
    }

    private static void concurrency(Report out, Settings s, String url, OkHttpClient slowHttp) throws Exception {
        String text = "word ".repeat(s.concurrentWords());
        List<ConcurrentStreams.Result> results = new ArrayList<>();
        RawCohere raw = new RawCohere(slowHttp, url);
        results.add(ConcurrentStreams.run("raw OkHttp", s.streams(), first -> raw.stream(text, Map.of(), first)));
        try (CamelCohere camel = new CamelCohere(slowHttp, url)) {
            results.add(ConcurrentStreams.run("cohere:chat ChatStream body", s.streams(),
                    first -> camel.streamBody(text, first)));
        }
        SdkCohere sdk = new SdkCohere(slowHttp, url, Map.of());
        results.add(ConcurrentStreams.run("cohere-java SDK", s.streams(), first -> sdk.stream(text, first)));
        out.concurrency(s.streams() + " concurrent streams, " + (s.concurrentWords() + 3)
                + " chunks each, the server sends an event every 25 ms",
                results);
    }

    record Settings(String name, int threads, Duration warmup, Duration measure, int rounds, int streamWords,
            int streams, int concurrentWords, int embedTexts) {
        // concurrent streams last long enough (events every 25 ms) for all of them to be open when measured
        static final Settings FULL = new Settings("full", 8, Duration.ofSeconds(3), Duration.ofSeconds(15), 5, 500,
                1000, 400, 960);
        static final Settings QUICK = new Settings("quick", 4, Duration.ofSeconds(1), Duration.ofSeconds(3), 3, 200,
                200, 100, 480);
    }
}
