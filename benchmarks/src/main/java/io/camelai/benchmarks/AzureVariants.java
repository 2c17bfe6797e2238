package io.camelai.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.azure.ai.inference.ChatCompletionsClient;
import com.azure.ai.inference.ChatCompletionsClientBuilder;
import com.azure.ai.inference.models.ChatCompletionsOptions;
import com.azure.ai.inference.models.ChatRequestMessage;
import com.azure.ai.inference.models.ChatRequestUserMessage;
import com.azure.ai.inference.models.StreamingChatCompletionsUpdate;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.support.chat.ChunkType;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The same Azure AI Inference chat call three ways: raw OkHttp + Jackson, an {@code azure-inference:chat} route, and
 * Azure's own SDK (com.azure:azure-ai-inference, as it ships: azure-core with its Netty HTTP client).
 */
final class AzureVariants implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient http;
    private final String endpoint;
    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Endpoint routeEndpoint;
    private final Endpoint routeStreamEndpoint;
    private final ChatCompletionsClient sdk;
    private long consumerChunks;

    AzureVariants(OkHttpClient http, String endpoint) throws Exception {
        this.http = http;
        this.endpoint = endpoint;
        context.getRegistry().bind("benchHttp", http);
        String options = "apiKey=bench-key&maxRetries=0&model=bench-model&httpClient=#benchHttp&endpoint=" + endpoint;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:azure").to("azure-inference:chat?" + options);
                from("direct:azureStream").to("azure-inference:chat?stream=true&" + options);
                from("azure-inference:chat?stream=true&" + options).process(e -> {
                    if (e.getMessage().getHeader("CamelAiChunkType") == ChunkType.TEXT) {
                        consumerChunks++;
                    }
                });
            }
        });
        context.start();
        template = context.createProducerTemplate();
        // resolved once, as in CamelCohere
        routeEndpoint = context.getEndpoint("direct:azure");
        routeStreamEndpoint = context.getEndpoint("direct:azureStream");
        // the SDK refuses key credentials over plain HTTP (the simulator is on loopback): the same header is set by
        // a pipeline policy instead, which costs the same as the SDK's own KeyCredentialPolicy
        sdk = new ChatCompletionsClientBuilder().endpoint(endpoint)
                .addPolicy((ctx, next) -> {
                    ctx.getHttpRequest().setHeader(HttpHeaderName.fromString("api-key"), "bench-key");
                    return next.process();
                })
                .retryOptions(new RetryOptions(new FixedDelayOptions(0, java.time.Duration.ZERO))).buildClient();
    }

    private Request request(String text, boolean stream) throws IOException {
        Map<String, Object> body = Map.of("model", "bench-model", "stream", stream,
                "messages", List.of(Map.of("role", "user", "content", text)));
        return new Request.Builder().url(endpoint + "/chat/completions?api-version=2024-05-01-preview")
                .header("api-key", "bench-key").post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build();
    }

    String raw(String text) throws IOException {
        try (Response r = http.newCall(request(text, false)).execute()) {
            if (!r.isSuccessful()) {
                throw new IOException("HTTP " + r.code());
            }
            return MAPPER.readTree(r.body().byteStream()).at("/choices/0/message/content").asText();
        }
    }

    long rawStream(String text) throws IOException {
        long chunks = 0;
        try (Response r = http.newCall(request(text, true)).execute()) {
            BufferedSource source = r.body().source();
            String line;
            while ((line = source.readUtf8Line()) != null) {
                if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
                    JsonNode chunk = MAPPER.readTree(line.substring(6));
                    JsonNode content = chunk.at("/choices/0/delta/content");
                    if (content.isTextual() && !content.asText().isEmpty()) {
                        chunks++;
                    }
                }
            }
        }
        return chunks;
    }

    String route(String text) {
        return template.requestBody(routeEndpoint, text, String.class);
    }

    long routeStream(String text) {
        long before = consumerChunks;
        template.requestBody(routeStreamEndpoint, text, String.class);
        return consumerChunks - before;
    }

    private static ChatCompletionsOptions options(String text) {
        List<ChatRequestMessage> messages = List.of(new ChatRequestUserMessage(text));
        return new ChatCompletionsOptions(messages).setModel("bench-model");
    }

    String sdk(String text) {
        return sdk.complete(options(text)).getChoice().getMessage().getContent();
    }

    long sdkStream(String text) {
        long chunks = 0;
        for (StreamingChatCompletionsUpdate u : sdk.completeStream(options(text))) {
            if (u.getChoices() != null && !u.getChoices().isEmpty() && u.getChoice().getDelta() != null
                    && u.getChoice().getDelta().getContent() != null
                    && !u.getChoice().getDelta().getContent().isEmpty()) {
                chunks++;
            }
        }
        return chunks;
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
