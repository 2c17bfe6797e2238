package io.camelai.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Each client's own work, without the network: an OkHttp interceptor answers every call with a canned Cohere v2
 * answer (or stream) after writing the request body out, so no socket, no server on the same CPUs and no thread
 * switch take part. What the calling thread spends (CPU time, bytes allocated) is then the client's alone, and stays
 * put on a loaded machine, where the end-to-end ratios move with the load. The variants run in turns, round after
 * round; each gets the median of its rounds.
 */
final class ClientCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MediaType JSON = MediaType.get("application/json");
    private static final MediaType SSE = MediaType.get("text/event-stream");
    private static final String BASE_URL = "http://in-memory.invalid";

    /** A Cohere v2 chat answer, as https://docs.cohere.com/reference/chat documents it. */
    private static final byte[] ANSWER = ("{\"id\":\"c14c80c3-18eb-4519-9460-6c92edd8cfb4\",\"finish_reason\":"
            + "\"COMPLETE\",\"message\":{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":"
            + "\"The capital of France is Paris.\"}]},\"usage\":{\"billed_units\":{\"input_tokens\":7,"
            + "\"output_tokens\":8},\"tokens\":{\"input_tokens\":503,\"output_tokens\":8}}}")
            .getBytes(StandardCharsets.UTF_8);

    /** One row: a variant's median CPU time and allocation per operation (a call, or a streamed chunk). */
    record Row(String group, String variant, double cpuNanos, double bytes) {}

    private interface Op {
        long run() throws Exception;
    }

    private record Variant(String group, String name, Op op) {}

    private ClientCost() {}

    /**
     * @param rounds     measured rounds per variant
     * @param roundNanos CPU time of one round
     * @param words      text chunks of a streamed answer
     */
    static List<Row> run(int rounds, long roundNanos, int words) throws Exception {
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
            Buffer sent = new Buffer();
            chain.request().body().writeTo(sent);
            boolean stream = sent.readUtf8().contains("\"stream\":true");
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(stream ? ResponseBody.create(stream(words), SSE) : ResponseBody.create(ANSWER, JSON))
                    .build();
        }).build();
        RawCohere raw = new RawCohere(http, BASE_URL);
        SdkCohere sdk = new SdkCohere(http, BASE_URL, Map.of());
        String q = "What is the capital of France?";
        String u = "unary call, per call";
        String c = "streamed answer, per text chunk";
        List<Row> rows = new ArrayList<>();
        try (CamelCohere camel = new CamelCohere(http, BASE_URL); CamelAlone alone = new CamelAlone()) {
            List<Variant> variants = List.of(
                    new Variant(u, "raw OkHttp + Jackson", () -> one(raw.chat(q))),
                    new Variant(u, "cohere:chat route", () -> one(camel.chat(q))),
                    new Variant(u, "cohere-java SDK", () -> one(sdk.chat(q))),
                    new Variant(u, "Camel alone: ProducerTemplate to a direct route setting the body",
                            () -> one(alone.call(q))),
                    new Variant(c, "raw OkHttp SSE lines + Jackson", () -> raw.stream(q, Map.of(), () -> {})),
                    new Variant(c, "route, streaming consumer", () -> camel.streamToConsumer(q)),
                    new Variant(c, "route, split(body()).streaming()", () -> camel.streamSplit(q)),
                    new Variant(c, "cohere-java SDK chatStream", () -> sdk.stream(q, () -> {})));
            for (Variant v : variants) { // warm-up, not counted
                round(v, roundNanos * 3);
            }
            double[][] cpu = new double[variants.size()][rounds];
            double[][] bytes = new double[variants.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < variants.size(); i++) {
                    double[] m = round(variants.get(i), roundNanos);
                    cpu[i][r] = m[0];
                    bytes[i][r] = m[1];
                }
            }
            for (int i = 0; i < variants.size(); i++) {
                rows.add(new Row(variants.get(i).group(), variants.get(i).name(), median(cpu[i]), median(bytes[i])));
            }
        } finally {
            http.dispatcher().executorService().shutdown();
        }
        return rows;
    }

    /** A Cohere v2 stream (https://docs.cohere.com/v2/docs/streaming) of {@code words} text deltas. */
    private static byte[] stream(int words) {
        StringBuilder s = new StringBuilder(
                "event: message-start\ndata: {\"id\":\"29f14a5a-11de-4cae-9800-25e4747408ea\","
                        + "\"type\":\"message-start\",\"delta\":{\"message\":{\"role\":\"assistant\",\"content\":[],"
                        + "\"tool_plan\":\"\",\"tool_calls\":[],\"citations\":[]}}}\n\n"
                        + "event: content-start\ndata: {\"type\":\"content-start\",\"index\":0,\"delta\":{\"message\":"
                        + "{\"content\":{\"type\":\"text\",\"text\":\"\"}}}}\n\n");
        for (int i = 0; i < words; i++) {
            s.append("event: content-delta\ndata: {\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":")
                    .append("{\"content\":{\"text\":\" word").append(i).append("\"}}}}\n\n");
        }
        s.append("event: content-end\ndata: {\"type\":\"content-end\",\"index\":0}\n\n"
                + "event: message-end\ndata: {\"type\":\"message-end\",\"delta\":{\"finish_reason\":\"COMPLETE\","
                + "\"usage\":{\"billed_units\":{\"input_tokens\":7,\"output_tokens\":" + words + "},\"tokens\":"
                + "{\"input_tokens\":71,\"output_tokens\":" + words + "}}}}\n\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Calls the variant until it used {@code roundNanos} of CPU: CPU nanoseconds and bytes allocated per op. */
    private static double[] round(Variant v, long roundNanos) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        long allocated = allocated();
        long ops = 0;
        long used;
        do {
            ops += v.op().run();
            used = THREADS.getCurrentThreadCpuTime() - start;
        } while (used < roundNanos);
        return new double[]{(double) used / ops, (double) (allocated() - allocated) / ops};
    }

    private static long allocated() {
        return THREADS instanceof com.sun.management.ThreadMXBean t ? t.getCurrentThreadAllocatedBytes() : 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long one(Object ignored) {
        return 1;
    }

    /** The Markdown section: each variant against the group's first (raw) row. */
    static String markdown(List<Row> rows, int rounds, long roundNanos, int words) {
        StringBuilder md = new StringBuilder("## The clients' own work, without the network\n\n")
                .append("Each client against an OkHttp interceptor that writes the request body out and answers with ")
                .append("a canned Cohere v2 answer, or a stream of ").append(words)
                .append(" text deltas: no socket, no server on the same CPUs, no thread switch. The calling thread's ")
                .append("CPU time and allocation per call (or per streamed chunk), median of ").append(rounds)
                .append(" rounds of ").append(roundNanos / 1_000_000).append(" ms of CPU taken in turns. ")
                .append("These stay put on a loaded machine; the end-to-end tables above add the network, the ")
                .append("server and the CPU they share.\n\n")
                .append("| measured | client | CPU µs | vs raw | bytes allocated | vs raw |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: |\n");
        Row base = null;
        for (Row r : rows) {
            if (base == null || !base.group().equals(r.group())) {
                base = r;
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %,.0f | %.2f |%n", r.group(), r.variant(),
                    r.cpuNanos() / 1000, r.cpuNanos() / base.cpuNanos(), r.bytes(), r.bytes() / base.bytes()));
        }
        return md.append('\n').toString();
    }

    /** Camel's own share: the same ProducerTemplate call into a direct route that only sets the body. */
    private static final class CamelAlone implements AutoCloseable {

        private final CamelContext context = new DefaultCamelContext();
        private final ProducerTemplate template;
        private final Endpoint endpoint;

        CamelAlone() throws Exception {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:alone").setBody(constant("The capital of France is Paris."));
                }
            });
            context.start();
            template = context.createProducerTemplate();
            endpoint = context.getEndpoint("direct:alone");
        }

        String call(String text) {
            return template.requestBody(endpoint, text, String.class);
        }

        @Override
        public void close() throws Exception {
            context.close();
        }
    }
}
