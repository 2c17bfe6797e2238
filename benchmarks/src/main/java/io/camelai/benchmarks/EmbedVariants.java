package io.camelai.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.cohere.api.Cohere;
import com.cohere.api.core.Environment;
import com.cohere.api.resources.v2.requests.V2EmbedRequest;
import com.cohere.api.types.EmbedInputType;
import com.cohere.api.types.EmbeddingType;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Embedding throughput for a large input list: raw OkHttp and the cohere-java SDK send batches of 96 one after
 * another (what a hand-written loop does); the {@code cohere:embed} route splits the same list into batches of 96 and
 * sends {@code parallelCalls} of them at once, reassembling the vectors in order.
 */
final class EmbedVariants implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final int BATCH = 96;

    private final OkHttpClient http;
    private final String baseUrl;
    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Cohere sdk;
    private final String uri;

    EmbedVariants(OkHttpClient http, String baseUrl, int parallelCalls) throws Exception {
        this.http = http;
        this.baseUrl = baseUrl;
        context.getRegistry().bind("benchHttp", http);
        context.start();
        template = context.createProducerTemplate();
        uri = "cohere:embed?model=embed-v4.0&apiKey=bench-key&maxRetries=0&httpClient=#benchHttp&parallelCalls="
                + parallelCalls + "&baseUrl=" + baseUrl;
        sdk = Cohere.builder().token("bench-key").environment(Environment.custom(baseUrl)).maxRetries(0)
                .httpClient(http).build();
    }

    long raw(List<String> texts) throws IOException {
        long vectors = 0;
        for (int i = 0; i < texts.size(); i += BATCH) {
            Map<String, Object> body = Map.of("model", "embed-v4.0", "input_type", "search_document",
                    "embedding_types", List.of("float"), "texts", texts.subList(i, Math.min(texts.size(), i + BATCH)));
            Request request = new Request.Builder().url(baseUrl + "/v2/embed")
                    .header("Authorization", "Bearer bench-key")
                    .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build();
            try (Response r = http.newCall(request).execute()) {
                vectors += MAPPER.readTree(r.body().byteStream()).at("/embeddings/float").size();
            }
        }
        return vectors;
    }

    long route(List<String> texts) {
        return template.requestBody(uri, texts, List.class).size();
    }

    long sdk(List<String> texts) {
        long vectors = 0;
        for (int i = 0; i < texts.size(); i += BATCH) {
            var response = sdk.v2().embed(V2EmbedRequest.builder().model("embed-v4.0")
                    .inputType(EmbedInputType.SEARCH_DOCUMENT)
                    .texts(texts.subList(i, Math.min(texts.size(), i + BATCH)))
                    .embeddingTypes(List.of(EmbeddingType.FLOAT)).build());
            vectors += response.getEmbeddings().getFloat().map(List::size).orElse(0);
        }
        return vectors;
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
