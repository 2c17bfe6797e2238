package io.camelai.simulator;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.qianfan.QianfanApi;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How faithfully the simulator answers as the real services do: header names, embedding sizes and encodings, model
 * info, v1 chat history, Qianfan's console service list.
 */
class SimulatorFidelityTest {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build();

    private Response post(String url, String json, Map<String, String> headers) throws IOException {
        Request.Builder b = new Request.Builder().url(url)
                .post(RequestBody.create(json, MediaType.get("application/json")));
        headers.forEach(b::header);
        return http.newCall(b.build()).execute();
    }

    private JsonNode json(String url, String body, Map<String, String> headers) throws IOException {
        try (Response r = post(url, body, headers)) {
            String text = r.body().string();
            assertEquals(200, r.code(), text);
            return SimJson.readOrNull(text);
        }
    }

    private JsonNode cohere(String path, String body) throws IOException {
        return json(sim.get().cohereUrl() + path, body, Map.of("Authorization", "Bearer k"));
    }

    private JsonNode azure(String path, String body) throws IOException {
        return json(sim.get().azureUrl() + path + "?api-version=2024-05-01-preview", body, Map.of("api-key", "k"));
    }

    @Test
    void jsonAndStreamResponsesNameTheirContentTypeHeaderExactlyContentType() throws IOException {
        String chat = "{\"model\":\"m\",\"stream\":%s,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        Map<String, String> auth = Map.of("Authorization", "Bearer k");
        try (Response r = post(sim.get().cohereUrl() + "/v2/chat", chat.formatted(false), auth)) {
            assertEquals(List.of("Content-Type"), namesLike(r, "content-type"), "exactly as the services write it");
            assertEquals("application/json", r.headers().get("Content-Type"));
        }
        try (Response r = post(sim.get().cohereUrl() + "/v2/chat", chat.formatted(true), auth)) {
            assertEquals(List.of("Content-Type"), namesLike(r, "content-type"));
            assertEquals("text/event-stream", r.headers().get("Content-Type"));
            assertEquals(List.of("x-debug-trace-id"), namesLike(r, "x-debug-trace-id"), "custom names as written");
            assertTrue(r.body().string().contains("event: message-end"));
        }
    }

    /** The header names received that equal this one ignoring case, as they were spelled on the wire. */
    private static List<String> namesLike(Response r, String name) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.headers().size(); i++) {
            if (r.headers().name(i).equalsIgnoreCase(name)) {
                out.add(r.headers().name(i));
            }
        }
        return out;
    }

    @Test
    void aThousandSlowStreamsAreServedAtOnceByTheSmallNonBlockingPool() throws Exception {
        int streams = 1000;
        sim.get().fault(Fault.slow(java.time.Duration.ofMillis(100)).times(streams).onPath("/v2/chat"));
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(sim.get().cohereUrl() + "/v2/chat")).header("Authorization", "Bearer k")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"a b\"}]}"))
                .build();
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            calls.add(client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        int complete = 0;
        for (var call : calls) {
            String body = call.get(60, TimeUnit.SECONDS).body();
            if (body.contains("event: message-end") && body.endsWith("data: [DONE]\n\n")) {
                complete++;
            }
        }
        assertEquals(streams, complete, "every stream ran to its end");
        long simulatorThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("ai-simulator")).count();
        assertTrue(simulatorThreads <= 70, "no thread per stream: " + simulatorThreads);
    }

    @ParameterizedTest(name = "{0} embeds in {1} dimensions by default")
    @CsvSource({"embed-v4.0, 1536", "embed-english-v3.0, 1024", "embed-multilingual-v3.0, 1024",
            "embed-english-light-v3.0, 384", "embed-multilingual-light-v3.0, 384"})
    void cohereModelsEmbedInTheirRealSize(String model, int dims) throws IOException {
        JsonNode res = cohere("/v2/embed", "{\"model\":\"" + model + "\",\"input_type\":\"search_document\","
                + "\"texts\":[\"camels\"],\"embedding_types\":[\"float\"]}");
        assertEquals(dims, res.at("/embeddings/float/0").size());
    }

    @ParameterizedTest(name = "embed-v4.0 with output_dimension {0}")
    @CsvSource({"256", "512", "1024", "1536"})
    void embedV4TakesItsFourOutputDimensions(int dims) throws IOException {
        JsonNode res = cohere("/v2/embed", "{\"model\":\"embed-v4.0\",\"input_type\":\"search_query\","
                + "\"texts\":[\"camels\"],\"output_dimension\":" + dims + "}");
        assertEquals(dims, res.at("/embeddings/float/0").size());
    }

    @Test
    void otherOutputDimensionsAndOutputDimensionOnV3ModelsAreRejected() throws IOException {
        for (String body : List.of("{\"model\":\"embed-v4.0\",\"output_dimension\":100",
                "{\"model\":\"embed-english-v3.0\",\"output_dimension\":256")) {
            try (Response r = post(sim.get().cohereUrl() + "/v2/embed", body
                    + ",\"input_type\":\"search_query\",\"texts\":[\"x\"]}", Map.of("Authorization", "Bearer k"))) {
                assertEquals(400, r.code());
                assertTrue(r.body().string().contains("output_dimension"));
            }
        }
    }

    @Test
    void vectorsAreNormalisedAndDerivedFromTheText() throws IOException {
        JsonNode res = cohere("/v2/embed", "{\"model\":\"embed-v4.0\",\"input_type\":\"search_query\","
                + "\"texts\":[\"camels\",\"llamas\",\"camels\"]}");
        float[] a = floats(res.at("/embeddings/float/0"));
        double norm = 0;
        for (float f : a) {
            norm += f * f;
        }
        assertEquals(1.0, Math.sqrt(norm), 1e-4);
        assertArrayEquals(a, floats(res.at("/embeddings/float/2")));
        assertFalse(java.util.Arrays.equals(a, floats(res.at("/embeddings/float/1"))));
    }

    @Test
    void cohereBinaryAndUbinaryPackEightDimensionsPerByte() throws IOException {
        JsonNode res = cohere("/v2/embed", "{\"model\":\"embed-english-v3.0\",\"input_type\":\"search_query\","
                + "\"texts\":[\"camels\"],\"embedding_types\":"
                + "[\"float\",\"binary\",\"ubinary\",\"int8\",\"uint8\"]}");
        float[] floats = floats(res.at("/embeddings/float/0"));
        JsonNode binary = res.at("/embeddings/binary/0");
        JsonNode ubinary = res.at("/embeddings/ubinary/0");
        assertEquals(1024 / 8, binary.size());
        assertEquals(1024 / 8, ubinary.size());
        assertEquals(1024, res.at("/embeddings/int8/0").size());
        for (int i = 0; i < ubinary.size(); i++) {
            int u = ubinary.get(i).asInt();
            assertTrue(u >= 0 && u <= 255);
            assertEquals(u - 128, binary.get(i).asInt(), "binary is ubinary as signed int8");
            for (int bit = 0; bit < 8; bit++) {
                boolean set = (u & (1 << (7 - bit))) != 0;
                assertEquals(floats[i * 8 + bit] > 0, set, "dimension " + (i * 8 + bit) + " in bit " + bit);
            }
        }
        for (int i = 0; i < 1024; i++) {
            int q = res.at("/embeddings/int8/0").get(i).asInt();
            assertTrue(q >= -127 && q <= 127);
            assertEquals(q + 128, res.at("/embeddings/uint8/0").get(i).asInt());
        }
    }

    @Test
    void azureEmbedsWithCohereEmbedV3SizesAndPacksBinaryEncodings() throws IOException {
        assertEquals(1024, azure("/embeddings", "{\"input\":[\"camels\"]}").at("/data/0/embedding").size());
        JsonNode binary = azure("/embeddings", "{\"input\":[\"camels\"],\"encoding_format\":\"binary\"}");
        assertEquals(128, binary.at("/data/0/embedding").size());
        JsonNode ubinary = azure("/embeddings", "{\"input\":[\"camels\"],\"encoding_format\":\"ubinary\"}");
        assertEquals(128, ubinary.at("/data/0/embedding").size());
        assertEquals(ubinary.at("/data/0/embedding/5").asInt() - 128, binary.at("/data/0/embedding/5").asInt());
        assertEquals("Cohere-embed-v3-english", binary.get("model").asText());
        assertEquals(512, azure("/embeddings", "{\"input\":[\"x\"],\"model\":\"embed-v-4-0\",\"dimensions\":512}")
                .at("/data/0/embedding").size());
        try (Response r = post(sim.get().azureUrl() + "/embeddings?api-version=2024-05-01-preview",
                "{\"input\":[\"x\"],\"model\":\"Cohere-embed-v3-english\",\"dimensions\":256}",
                Map.of("api-key", "k"))) {
            assertEquals(422, r.code(), "Cohere embed v3 takes no dimensions");
        }
    }

    @ParameterizedTest(name = "Qianfan v1 {0} embeds in {1} dimensions")
    @CsvSource({"embedding-v1, 384", "bge_large_zh, 1024", "bge_large_en, 1024", "tao_8k, 1024"})
    void qianfanV1ModelsEmbedInTheirRealSize(String endpoint, int dims) throws IOException {
        String url = sim.get().qianfanUrl() + "/rpc/2.0/ai_custom/v1/wenxinworkshop/embeddings/" + endpoint
                + "?access_token=" + oauthToken();
        assertEquals(dims, json(url, "{\"input\":[\"camels\"]}", Map.of()).at("/data/0/embedding").size());
    }

    @Test
    void azureInfoDescribesTheDeploymentsTask() throws IOException {
        assertEquals("chat-completions", info(Map.of()).get("model_type").asText());
        JsonNode embed = info(Map.of("azureml-model-deployment", "Cohere-embed-v3-multilingual"));
        assertEquals("embeddings", embed.get("model_type").asText());
        assertEquals("Cohere-embed-v3-multilingual", embed.get("model_name").asText());
        assertEquals("Cohere", embed.get("model_provider_name").asText());
        sim.get().azure().deployment("Cohere-embed-v3-english");
        try {
            assertEquals("embeddings", info(Map.of()).get("model_type").asText());
            assertEquals("Cohere-embed-v3-english", info(Map.of()).get("model_name").asText());
        } finally {
            sim.get().azure().deployment(null);
        }
    }

    private JsonNode info(Map<String, String> headers) throws IOException {
        Request.Builder b = new Request.Builder().url(sim.get().azureUrl() + "/info?api-version=2024-05-01-preview")
                .header("api-key", "k").get();
        headers.forEach(b::header);
        try (Response r = http.newCall(b.build()).execute()) {
            assertEquals(200, r.code());
            return SimJson.readOrNull(r.body().string());
        }
    }

    @Test
    void cohereV1ChatReturnsTheConversationAsChatHistory() throws IOException {
        JsonNode res = cohere("/v1/chat", "{\"message\":\"and now?\",\"chat_history\":[{\"role\":\"USER\","
                + "\"message\":\"hi\"},{\"role\":\"CHATBOT\",\"message\":\"hello\"}]}");
        JsonNode history = res.get("chat_history");
        assertNotNull(history, res.toString());
        assertEquals(4, history.size());
        assertEquals("hi", history.at("/0/message").asText());
        assertEquals("USER", history.at("/2/role").asText());
        assertEquals("and now?", history.at("/2/message").asText());
        assertEquals("CHATBOT", history.at("/3/role").asText());
        assertEquals(res.get("text").asText(), history.at("/3/message").asText());
    }

    @Test
    void qianfanConsoleListsServicesToIamSignedCallersOnly() throws IOException {
        String url = sim.get().qianfanUrl() + "/wenxinworkshop/service/list";
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String auth = "bce-auth-v1/" + QianfanApi.ACCESS_KEY + "/" + date + "/1800/host;x-bce-date/" + "ab".repeat(32);
        JsonNode res = json(url, "{\"apiTypefilter\":[\"embeddings\"]}", Map.of("Authorization", auth,
                "X-Bce-Date", date));
        assertTrue(res.has("log_id"));
        JsonNode common = res.at("/result/common");
        assertTrue(common.size() >= 4, res.toString());
        for (JsonNode s : common) {
            assertEquals("embeddings", s.get("apiType").asText());
            assertTrue(s.get("url").asText().contains("/rpc/2.0/ai_custom/v1/wenxinworkshop/embeddings/"));
        }
        assertTrue(res.at("/result/custom").isArray());
        try (Response r = post(url, "{}", Map.of())) {
            assertEquals(401, r.code());
        }
    }

    private String oauthToken() throws IOException {
        String url = sim.get().qianfanUrl() + "/oauth/2.0/token?grant_type=client_credentials&client_id="
                + QianfanApi.APP_KEY + "&client_secret=" + QianfanApi.APP_SECRET;
        return json(url, "", Map.of()).get("access_token").asText();
    }

    private static float[] floats(JsonNode array) {
        float[] v = new float[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) array.get(i).asDouble();
        }
        return v;
    }
}
