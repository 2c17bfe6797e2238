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
    /** The raw client called from a processor in a direct route: Camel's own share of a route's overhead. */
    static final String RAW_IN_ROUTE = "raw OkHttp + Jackson in a Camel route (processor)";

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        // before any Camel class loads: Camel reads it once. Only the thread pools Camel creates use it; the
        // concurrent streams choose their own threads (platform, then virtual)
        if (Runtime.version().feature() >= 21 && System.getProperty(Environment.CAMEL_VIRTUAL_THREADS) == null) {
            System.setProperty(Environment.CAMEL_VIRTUAL_THREADS, "true");
        }
        List<String> words = args.length > 0 ? List.of(args[0].trim().split("\\s+")) : List.of();
        if (!words.isEmpty() && words.get(0).equals("jobs")) {
            EmbeddingJobBenchmark.run(words.subList(1, words.size())); // its own table: BENCHMARKS.md is untouched
            return;
        }
        boolean quick = args.length > 0 && args[0].equals("quick");
        Path report = Path.of(args.length > 1 ? args[1] : "BENCHMARKS.md");
        Settings s = quick ? Settings.QUICK : Settings.FULL;
        LoadRunner.maxWarmupPasses(quick ? LoadRunner.QUICK_WARMUP_PASSES : LoadRunner.MAX_WARMUP_PASSES);
        Report out = new Report(s);
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
                concurrency(out, s, sim.url());
            }
        }
        if (selected("clientcost")) {
            int rounds = quick ? 5 : 11;
            long roundNanos = 200_000_000L;
            out.section(ClientCost.markdown(ClientCost.run(rounds, roundNanos, s.streamWords()), rounds, roundNanos,
                    s.streamWords()));
        }
        if (selected("kafka")) {
            KafkaWorkersBenchmark kafka = new KafkaWorkersBenchmark(10, Duration.ofSeconds(5), 16,
                    quick ? 600 : 1600);
            out.section(kafka.markdown(kafka.run(1, 2, 4)));
        }
        if (Files.exists(report)) {
            out.keepSectionsOfOtherCommands(Files.readString(report));
        }
        out.notes();
        Files.writeString(report, out.markdown());
        LOG.info("wrote {}", report.toAbsolutePath());
    }

    /** {@code -Dbench.scenarios=unary,streaming,clientcost} runs a subset (all by default). */
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
            throws Exception {
        String q = "What is the capital of France?";
        LoadRunner.Variant rawChat = new LoadRunner.Variant("raw OkHttp + Jackson", () -> one(raw.chat(q)));
        LoadRunner.Variant route = new LoadRunner.Variant("cohere:chat route", () -> one(camel.chat(q)));
        LoadRunner.Variant sdkChat = new LoadRunner.Variant("cohere-java SDK 1.9.3", () -> one(sdk.chat(q)));
        // Camel's share of the route's overhead: the raw client in a processor of the same kind of route
        LoadRunner.Variant rawInRoute = new LoadRunner.Variant(RAW_IN_ROUTE, () -> one(camel.rawInRoute(q)));
        List<LoadResult> results = LoadRunner.compare(List.of(rawChat, route, sdkChat, rawInRoute),
                s.threads(), s.warmup(), s.measure(), s.rounds());
        out.unary("Cohere v2 chat, " + s.threads() + " threads, closed loop, " + s.rounds() + " interleaved rounds",
                results);
        // one caller: no queueing behind other calls on 2 CPUs, so the added latency is the client's own work
        List<LoadResult> alone = LoadRunner.compare(List.of(rawChat, route, sdkChat, rawInRoute),
                1, s.warmup(), s.measure(), s.rounds());
        out.unary("Unary chat latency, one caller", "Cohere v2 chat, 1 thread, closed loop, " + s.rounds()
                + " interleaved rounds: with " + s.threads() + " callers on these CPUs a call mostly waits for"
                + " others, so the latency one call adds is read here", alone);
        // after the measured rounds, so the recording costs them nothing; both variants are warm by now
        Duration each = s.measure().dividedBy(2);
        out.profile("Cohere v2 chat, " + s.threads() + " threads, " + each.toMillis() / 1000.0 + " s each",
                OverheadProfile.profile(rawChat, s.threads(), each), OverheadProfile.profile(route, s.threads(), each));
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
                    1, s.warmup(), s.measure(), s.embedRounds());
            out.embeddings("Cohere v2 embed of a list of " + s.embedTexts() + " texts per call (so "
                    + ((s.embedTexts() + 95) / 96) + " provider calls each), one list at a time; the server"
                    + " takes 25 ms per provider call", results);
        }
    }

    /** Embeddings at 1024 and 1536 dimensions, floats and base64: vectors/s and heap per vector. */
    private static void embedSizes(Report out, Settings s, OkHttpClient http, String url) throws Exception {
        int kept = 960;
        try (EmbedSizes sizes = new EmbedSizes(http, url)) {
            List<EmbedSizes.Row> rows = sizes.run(s.threads(), s.warmup(), s.measure().dividedBy(3), s.embedRounds(),
                    kept);
            out.section(EmbedSizes.markdown(rows, kept, "Cohere v2 embed (embed-v4.0, `output_dimension`) and Azure AI"
                    + " Inference embeddings (embed-v-4-0, `dimensions`) of 96 texts per call, " + s.threads()
                    + " threads, closed loop, " + s.embedRounds() + " interleaved rounds"));
        }
    }

    /**
     * Many streams open at once, each on its own platform thread, then (Java 21+) each on its own virtual thread.
     * The server sends an event every {@code concurrentEventMillis}, so every stream is open when the heap is
     * measured; each variant gets a fresh client, so no connection pooled by an earlier one is counted.
     */
    private static void concurrency(Report out, Settings s, String url) throws Exception {
        String text = "word ".repeat(s.concurrentWords());
        long maxFiles = Environment.maxOpenFiles();
        if (maxFiles >= 0 && maxFiles < s.streams() + 1024L) {
            LOG.warn("this process may open {} files, fewer than {} streams need: raise it (ulimit -n) first",
                    maxFiles, s.streams());
        }
        List<ConcurrentStreams.Result> results = new ArrayList<>();
        for (StreamThreads threads : StreamThreads.values()) {
            if (!threads.available()) {
                LOG.info("{} threads need Java 21+: skipped on Java {}", threads.label(), Runtime.version());
                continue;
            }
            OkHttpClient raw = eventsEvery(s);
            RawCohere rawCohere = new RawCohere(raw, url);
            results.add(ConcurrentStreams.run("raw OkHttp", threads, s.streams(),
                    first -> rawCohere.stream(text, Map.of(), first)));
            close(raw);
            OkHttpClient route = eventsEvery(s);
            try (CamelCohere camel = new CamelCohere(route, url)) {
                results.add(ConcurrentStreams.run("cohere:chat ChatStream body", threads, s.streams(),
                        first -> camel.streamBody(text, first)));
            }
            close(route);
            OkHttpClient sdkHttp = eventsEvery(s);
            SdkCohere sdk = new SdkCohere(sdkHttp, url, Map.of());
            results.add(ConcurrentStreams.run("cohere-java SDK", threads, s.streams(),
                    first -> sdk.stream(text, first)));
            close(sdkHttp);
        }
        out.concurrency(s.streams() + " concurrent streams, " + (s.concurrentWords() + 3)
                + " chunks each, the server sends an event every " + s.concurrentEventMillis() + " ms", results);
    }

    private static OkHttpClient eventsEvery(Settings s) {
        return client(Map.of("X-Simulator-Fault", "slow=" + s.concurrentEventMillis()));
    }

    /** Closes the pooled connections and stops the dispatcher's threads of a client no longer used. */
    private static void close(OkHttpClient http) {
        http.connectionPool().evictAll();
        http.dispatcher().executorService().shutdown();
    }

    /**
     * What a run measures: unary callers, warm-up and measured time, interleaved rounds, words of a streamed
     * answer; concurrent streams, the words and event interval of each; texts of an embed call.
     */
    record Settings(String name, int threads, Duration warmup, Duration measure, int rounds, int streamWords,
            int streams, int concurrentWords, int concurrentEventMillis, int embedTexts) {
        // concurrent streams: an event every 500 ms, few enough for the server on the same CPUs to keep up with
        // 10,000 streams (each stream waits after its first chunk until the heap is measured)
        static final Settings FULL = new Settings("full", 64, Duration.ofSeconds(3), Duration.ofSeconds(15), 15, 500,
                10_000, 17, 500, 960);
        /** Embed calls take hundreds of milliseconds: fewer, longer rounds, so each holds several calls. */
        int embedRounds() {
            return Math.min(rounds, 5);
        }

        static final Settings QUICK = new Settings("quick", 64, Duration.ofSeconds(3), Duration.ofSeconds(4), 4, 200,
                1000, 17, 500, 480);
    }
}
