package io.camelai.simulator;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Image content parts as the simulator reads them: counted in a deterministic answer, and refused where the real API
 * refuses them (a model without vision, Cohere v1's text message, Qianfan v1's text content, a bad URL or data URI, an
 * image outside a user message).
 */
class SimulatorImagesTest {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    /** The 8-byte PNG signature and 4 bytes more, as base64: enough for the simulator, which checks only the form. */
    private static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==";

    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build();

    private String post(String url, String json, Map<String, String> headers) throws IOException {
        Request.Builder b = new Request.Builder().url(url)
                .post(RequestBody.create(json, MediaType.get("application/json")));
        headers.forEach(b::header);
        try (Response r = http.newCall(b.build()).execute()) {
            return r.code() + " " + r.body().string();
        }
    }

    private static String userParts(String model, String... urls) {
        StringBuilder parts = new StringBuilder("{\"type\":\"text\",\"text\":\"Describe\"}");
        for (String url : urls) {
            parts.append(",{\"type\":\"image_url\",\"image_url\":{\"url\":\"").append(url).append("\"}}");
        }
        return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":[" + parts + "]}]}";
    }

    private String cohere(String json) throws IOException {
        return post(sim.get().cohereUrl() + "/v2/chat", json, Map.of("Authorization", "Bearer k"));
    }

    private String azure(String json) throws IOException {
        return post(sim.get().azureUrl() + "/chat/completions?api-version=2024-05-01-preview", json,
                Map.of("api-key", "k"));
    }

    private String qianfanV2(String json) throws IOException {
        return post(sim.get().qianfanUrl() + "/v2/chat/completions", json,
                Map.of("Authorization", "Bearer bce-v3/ALTAK-test/secret"));
    }

    @Test
    void eachApiAnswersSayingHowManyImagesTheLastUserMessageHad() throws IOException {
        String cohere = cohere(userParts("command-a-vision-07-2025", PNG, "https://example.com/a.png"));
        String azure = azure(userParts("Phi-4-multimodal-instruct", PNG));
        String qianfan = qianfanV2(userParts("ernie-4.5-turbo-vl-32k", "https://example.com/a.png"));

        assertTrue(cohere.startsWith("200 ") && cohere.contains("Simulated answer to: Describe (saw 2 images)"),
                cohere);
        assertTrue(azure.startsWith("200 ") && azure.contains("Simulated answer to: Describe (saw 1 image)"), azure);
        assertTrue(qianfan.startsWith("200 ") && qianfan.contains("Simulated answer to: Describe (saw 1 image)"),
                qianfan);
    }

    @Test
    void cohereAndQianfanRefuseImagesForAModelWithoutVision() throws IOException {
        String cohere = cohere(userParts("command-r-08-2024", PNG));
        String qianfan = qianfanV2(userParts("ernie-lite-8k", PNG));

        assertTrue(cohere.startsWith("400 ") && cohere.endsWith(
                "\"message\":\"invalid request: model 'command-r-08-2024' does not support image inputs\"}"), cohere);
        assertTrue(qianfan.startsWith("400 ") && qianfan.contains("model ernie-lite-8k does not support image input"),
                qianfan);
    }

    @Test
    void cohereRefusesMoreThanTwentyImages() throws IOException {
        String[] urls = new String[21];
        Arrays.fill(urls, "https://example.com/a.png");

        String out = cohere(userParts("command-a-vision-07-2025", urls));

        assertTrue(out.startsWith("400 ") && out.contains("at most 20 per request"), out);
    }

    @Test
    void aUrlThatIsNeitherHttpNorAnImageDataUriOrBadBase64IsRefused() throws IOException {
        String file = azure(userParts("m", "file:///etc/passwd"));
        String type = azure(userParts("m", "data:image/tiff;base64,AAAA"));
        String base64 = azure(userParts("m", "data:image/png;base64,!!!!"));

        assertTrue(file.startsWith("400 ") && file.contains("must be an http(s) URL or a data:image"), file);
        assertTrue(type.startsWith("400 "), type);
        assertTrue(base64.startsWith("400 ") && base64.contains("invalid base64"), base64);
    }

    @Test
    void anImageOutsideAUserMessageIsRefused() throws IOException {
        String json = "{\"model\":\"m\",\"messages\":[{\"role\":\"system\",\"content\":[{\"type\":\"image_url\","
                + "\"image_url\":{\"url\":\"https://example.com/a.png\"}}]},{\"role\":\"user\",\"content\":\"hi\"}]}";

        String out = azure(json);

        assertTrue(out.startsWith("400 ") && out.contains("only allowed in user messages"), out);
    }

    @Test
    void cohereV1TakesATextMessageOnly() throws IOException {
        String out = post(sim.get().cohereUrl() + "/v1/chat", "{\"message\":[{\"type\":\"image_url\","
                + "\"image_url\":{\"url\":\"https://example.com/a.png\"}}]}", Map.of("Authorization", "Bearer k"));

        assertTrue(out.startsWith("400 ") && out.endsWith("\"message\":\"invalid request: message must be a string\"}"),
                out);
    }
}
