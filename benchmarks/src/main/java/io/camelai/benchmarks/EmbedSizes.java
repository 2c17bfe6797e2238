package io.camelai.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.azure.ai.inference.EmbeddingsClient;
import com.azure.ai.inference.EmbeddingsClientBuilder;
import com.azure.ai.inference.models.EmbeddingEncodingFormat;
import com.azure.ai.inference.models.EmbeddingItem;
import com.azure.ai.inference.models.EmbeddingsResult;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import com.cohere.api.Cohere;
import com.cohere.api.core.Environment;
import com.cohere.api.resources.v2.requests.V2EmbedRequest;
import com.cohere.api.types.EmbedInputType;
import com.cohere.api.types.EmbeddingType;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Embeddings at the sizes production models answer with (1024 and 1536 dimensions, embed-v4.0's
 * {@code output_dimension}), as floats and as base64, one call of 96 texts at a time: vectors per second and the
 * heap each decoded vector keeps. Rows: raw OkHttp + Jackson into {@code float[]} (base64 decoded to {@code float[]}
 * too), the {@code cohere:embed} and {@code azure-inference:embed} routes (their body: {@code float[]} per vector for
 * floats, the base64 text for base64; the whole exchange is kept, {@code CamelAiResponse} included) and the
 * cohere-java SDK (its response object: {@code List<List<Double>>} for floats, Strings for base64) and the
 * azure-ai-inference SDK (floats: its {@code List<Float>} per vector; base64: its result).
 */
final class EmbedSizes implements AutoCloseable {

    static final int BATCH = 96;
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One row of the table. */
    record Row(String variant, int dimensions, String encoding, double vectorsPerSecond, double bytesPerVector,
            long errors) {}

    /** What a hand-written client declares: the vectors as primitive arrays. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawAnswer(RawEmbeddings embeddings) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawEmbeddings(@JsonProperty("float") float[][] floats, @JsonProperty("base64") List<String> base64) {}

    /** One way to embed a batch; returns what it decoded, to be counted and kept. */
    @FunctionalInterface
    interface Embedder {
        Object embed(List<String> texts) throws Exception;
    }

    private final OkHttpClient http;
    private final String baseUrl;
    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Cohere sdk;
    private final EmbeddingsClient azureSdk;
    private final List<String> texts = IntStream.range(0, BATCH).mapToObj(i -> "document number " + i).toList();

    EmbedSizes(OkHttpClient http, String baseUrl) throws Exception {
        this.http = http;
        this.baseUrl = baseUrl;
        context.getRegistry().bind("benchHttp", http);
        context.start();
        template = context.createProducerTemplate();
        sdk = Cohere.builder().token("bench-key").environment(Environment.custom(baseUrl)).maxRetries(0)
                .httpClient(http).build();
        // as in AzureVariants: the SDK refuses key credentials over plain HTTP, a policy sets the same header
        azureSdk = new EmbeddingsClientBuilder().endpoint(baseUrl + "/models")
                .addPolicy((ctx, next) -> {
                    ctx.getHttpRequest().setHeader(HttpHeaderName.fromString("api-key"), "bench-key");
                    return next.process();
                })
                .retryOptions(new RetryOptions(new FixedDelayOptions(0, Duration.ZERO))).buildClient();
    }

    /** Every variant at each size and encoding: throughput (interleaved rounds), then retained heap. */
    List<Row> run(int threads, Duration warmup, Duration measure, int rounds, int keptVectors) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int dims : new int[]{1024, 1536}) {
            for (String encoding : List.of("float", "base64")) {
                Map<String, Embedder> variants = variants(dims, encoding);
                List<LoadRunner.Variant> load = new ArrayList<>();
                variants.forEach((name, e) -> load.add(new LoadRunner.Variant(name, () -> {
                    e.embed(texts);
                    return BATCH;
                })));
                List<LoadResult> results = LoadRunner.compare(load, threads, warmup, measure, rounds);
                int i = 0;
                for (Map.Entry<String, Embedder> v : variants.entrySet()) {
                    LoadResult r = results.get(i++);
                    rows.add(new Row(v.getKey(), dims, encoding, r.unitsPerSecond(),
                            retainedBytes(v.getValue(), keptVectors) / keptVectors, r.errors()));
                }
            }
        }
        return rows;
    }

    private Map<String, Embedder> variants(int dims, String encoding) {
        Map<String, Embedder> v = new java.util.LinkedHashMap<>();
        v.put("raw OkHttp + Jackson into float[]", texts -> raw(texts, dims, encoding));
        String cohere = "cohere:embed?model=embed-v4.0&apiKey=bench-key&maxRetries=0&httpClient=#benchHttp"
                + "&outputDimension=" + dims + "&embeddingTypes=" + encoding + "&baseUrl=" + baseUrl;
        v.put("cohere:embed route", texts -> route(cohere, texts));
        String azure = "azure-inference:embed?model=embed-v-4-0&apiKey=bench-key&maxRetries=0"
                + "&httpClient=#benchHttp&dimensions=" + dims + "&encodingFormat=" + encoding + "&endpoint=" + baseUrl
                + "/models";
        v.put("azure-inference:embed route", texts -> route(azure, texts));
        v.put("cohere-java SDK 1.9.3", texts -> sdk(texts, dims, encoding));
        v.put("azure-ai-inference SDK 1.0.0-beta.5 (Netty)", texts -> azureSdk(texts, dims, encoding));
        return v;
    }

    private List<float[]> raw(List<String> batch, int dims, String encoding) throws Exception {
        Map<String, Object> body = Map.of("model", "embed-v4.0", "input_type", "search_document",
                "embedding_types", List.of(encoding), "output_dimension", dims, "texts", batch);
        Request request = new Request.Builder().url(baseUrl + "/v2/embed").header("Authorization", "Bearer bench-key")
                .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build();
        try (Response r = http.newCall(request).execute()) {
            RawEmbeddings e = MAPPER.readValue(r.body().byteStream(), RawAnswer.class).embeddings();
            if (e.floats() != null) {
                return check(List.of(e.floats()), batch);
            }
            List<float[]> out = new ArrayList<>(e.base64().size());
            for (String text : e.base64()) {
                byte[] bytes = Base64.getDecoder().decode(text);
                float[] f = new float[bytes.length / 4];
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
                out.add(f);
            }
            return check(out, batch);
        }
    }

    /** The whole exchange: what a route keeps while it holds the answer (body and headers). */
    private Exchange route(String uri, List<String> batch) {
        Exchange out = template.request(uri, e -> e.getMessage().setBody(batch));
        if (out.getException() != null) {
            throw new IllegalStateException(out.getException());
        }
        check(out.getMessage().getBody(List.class), batch);
        return out;
    }

    private Object sdk(List<String> batch, int dims, String encoding) {
        var response = sdk.v2().embed(V2EmbedRequest.builder().model("embed-v4.0")
                .inputType(EmbedInputType.SEARCH_DOCUMENT).texts(batch).outputDimension(dims)
                .embeddingTypes(List.of("float".equals(encoding) ? EmbeddingType.FLOAT : EmbeddingType.BASE_64))
                .build());
        check("float".equals(encoding)
                ? response.getEmbeddings().getFloat().orElseThrow()
                : response.getEmbeddings().getBase64().orElseThrow(), batch);
        return response;
    }

    /** Floats: the vectors as the SDK hands them out ({@code getEmbeddingList()}); base64: its result as it is. */
    private Object azureSdk(List<String> batch, int dims, String encoding) {
        EmbeddingsResult result = azureSdk.embed(batch, dims, "float".equals(encoding)
                ? EmbeddingEncodingFormat.FLOAT
                : EmbeddingEncodingFormat.BASE64, null, "embed-v-4-0", null);
        check(result.getData(), batch);
        return "float".equals(encoding)
                ? result.getData().stream().map(EmbeddingItem::getEmbeddingList).toList()
                : result;
    }

    private static <T extends List<?>> T check(T vectors, List<String> batch) {
        if (vectors.size() != batch.size()) {
            throw new IllegalStateException(vectors.size() + " vectors for " + batch.size() + " texts");
        }
        return vectors;
    }

    /** Heap in use after GC while {@code vectors} decoded vectors are held, minus before. */
    private long retainedBytes(Embedder embedder, int vectors) throws Exception {
        long before = usedAfterGc();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < vectors / BATCH; i++) {
            kept.add(embedder.embed(texts));
        }
        long after = usedAfterGc();
        if (kept.size() != vectors / BATCH) { // keeps the list reachable until after the measurement
            throw new IllegalStateException();
        }
        return after - before;
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The section of BENCHMARKS.md. */
    static String markdown(List<Row> rows, int keptVectors, String title) {
        StringBuilder md = new StringBuilder("## Embeddings at 1024 and 1536 dimensions\n\n").append(title)
                .append(". Bytes per vector: heap in use after GC while ").append(keptVectors)
                .append(" decoded vectors are held, minus before, divided by ").append(keptVectors)
                .append(" (4 bytes per dimension is the floor).\n\n")
                .append("| client | dimensions | encoding | vectors/s | vs raw | bytes per vector | x 4 B/dim | errors |\n")
                .append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        double base = 0;
        for (Row r : rows) {
            if (r.variant().startsWith("raw")) {
                base = r.vectorsPerSecond();
            }
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %.0f | %.2f | %.0f | %.2f | %d |%n", r.variant(),
                    r.dimensions(), r.encoding(), r.vectorsPerSecond(), r.vectorsPerSecond() / base,
                    r.bytesPerVector(), r.bytesPerVector() / (4.0 * r.dimensions()), r.errors()));
        }
        return md.append('\n').toString();
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
