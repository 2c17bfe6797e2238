package io.camelai.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.simulator.model.SimReply;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The global quota (calls and tokens per fixed one-minute window), on a simulator whose clock the test moves: no test
 * waits a minute.
 */
class SimulatorQuotaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Well inside a window: the clock starts here and a test moves it. */
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .readTimeout(5, TimeUnit.SECONDS).build();
    private AiSimulator sim;

    /** One answer: status, headers, JSON body. */
    private record Answer(int status, Map<String, String> headers, JsonNode body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void start() throws IOException {
        sim = new AiSimulator(0, false, clock::get);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Answer post(String url, String json, String authHeader, String authValue) throws IOException {
        Request request = new Request.Builder().url(url).header(authHeader, authValue)
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        try (Response r = http.newCall(request).execute()) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            r.headers().forEach(h -> headers.put(h.getFirst(), h.getSecond()));
            return new Answer(r.code(), headers, JSON.readTree(r.body().string()));
        }
    }

    private Answer cohereChat(String text) throws IOException {
        return post(sim.cohereUrl() + "/v2/chat", "{\"model\":\"command-r\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"" + text + "\"}]}", "Authorization", "Bearer k");
    }

    private Answer azureChat(String text) throws IOException {
        return post(sim.azureUrl() + "/chat/completions?api-version=2024-05-01-preview", "{\"messages\":[{\"role\":"
                + "\"user\",\"content\":\"" + text + "\"}]}", "api-key", "k");
    }

    private Answer qianfanChat(String text) throws IOException {
        return post(sim.qianfanUrl() + "/v2/chat/completions", "{\"model\":\"ernie-4.0-8k\",\"messages\":[{\"role\":"
                + "\"user\",\"content\":\"" + text + "\"}]}", "Authorization", "Bearer bce-v3/ALTAK-sim/x");
    }

    @Test
    void callsOverTheQuotaGetCoheres429WithRetryAfterUntilTheWindowEnds() throws IOException {
        sim.quota(2, 0);
        assertEquals(200, cohereChat("one").status());
        clock.addAndGet(20_500);
        assertEquals(200, cohereChat("two").status());

        Answer refused = cohereChat("three");
        assertEquals(429, refused.status());
        assertEquals("40", refused.header("Retry-After"), "39.5 s left in the window, rounded up");
        assertTrue(refused.body().path("message").asText().contains("2 requests"), refused.body().toString());
        assertTrue(refused.body().hasNonNull("id"), "Cohere's error shape: " + refused.body());
        assertNull(refused.header("x-ratelimit-remaining-requests"), "Cohere documents no remaining headers");
        assertEquals(1, sim.quotaRefusals());
    }

    @Test
    void theWindowFreesAfterAMinuteAndCountsAfresh() throws IOException {
        sim.quota(1, 0);
        assertEquals(200, cohereChat("one").status());
        assertEquals(429, cohereChat("two").status());
        clock.addAndGet(59_999);
        assertEquals("1", cohereChat("still refused").header("Retry-After"));
        clock.addAndGet(1);
        assertEquals(200, cohereChat("retried").status());
        assertEquals(429, cohereChat("over again").status());
        assertEquals(3, sim.quotaRefusals());
    }

    @Test
    void underTheQuotaEveryCallPassesAndAzureSaysWhatRemains() throws IOException {
        sim.quota(3, 10_000);
        Answer first = azureChat("hello there");
        assertEquals(200, first.status());
        assertEquals("2", first.header("x-ratelimit-remaining-requests"));
        assertEquals("10000", first.header("x-ratelimit-remaining-tokens"), "nothing counted before the first call");

        long used = first.body().at("/usage/total_tokens").asLong();
        assertTrue(used > 0, first.body().toString());
        Answer second = azureChat("again");
        assertEquals(200, second.status());
        assertEquals("1", second.header("x-ratelimit-remaining-requests"));
        assertEquals(Long.toString(10_000 - used), second.header("x-ratelimit-remaining-tokens"),
                "the first call's input and output tokens");
        assertEquals(0, sim.quotaRefusals());
    }

    @Test
    void azureRefusesWithRetryAfterMsAndRetryAfterInItsErrorShape() throws IOException {
        sim.quota(1, 0);
        azureChat("one");
        clock.addAndGet(58_700);
        Answer refused = azureChat("two");
        assertEquals(429, refused.status());
        assertEquals("1300", refused.header("retry-after-ms"));
        assertEquals("2", refused.header("Retry-After"));
        assertEquals("0", refused.header("x-ratelimit-remaining-requests"));
        assertEquals("429", refused.body().at("/error/code").asText(), refused.body().toString());
    }

    @Test
    void aTokenQuotaRefusesOnceTheWindowsTokensAreUsedAndQianfanSendsItsLimitHeaders() throws IOException {
        sim.quota(0, 5);
        Answer first = qianfanChat("a question long enough to use more than five tokens of the quota");
        assertEquals(200, first.status());
        assertEquals("5", first.header("X-Ratelimit-Limit-Tokens"));
        assertEquals("5", first.header("X-Ratelimit-Remaining-Tokens"));
        assertNull(first.header("X-Ratelimit-Limit-Requests"), "calls are unlimited");
        assertTrue(first.body().at("/usage/total_tokens").asLong() >= 5, first.body().toString());

        Answer refused = qianfanChat("next");
        assertEquals(429, refused.status());
        assertEquals("tpm_rate_limit_exceeded", refused.body().at("/error/code").asText(), refused.body().toString());
        assertEquals("0", refused.header("X-Ratelimit-Remaining-Tokens"));
        assertEquals("60", refused.header("Retry-After"));
    }

    @Test
    void qianfanCountsCallsWithItsRequestHeadersAndRefusesWithRpm() throws IOException {
        sim.quota(2, 0);
        Answer first = qianfanChat("hi");
        assertEquals("2", first.header("X-Ratelimit-Limit-Requests"));
        assertEquals("1", first.header("X-Ratelimit-Remaining-Requests"));
        qianfanChat("hi");
        Answer refused = qianfanChat("hi");
        assertEquals(429, refused.status());
        assertEquals("rpm_rate_limit_exceeded", refused.body().at("/error/code").asText());
    }

    @Test
    void qianfanV1RefusesWithItsErrorCodeInAnHttp200AsTheServiceAnswersEveryV1Error() throws IOException {
        sim.quota(1, 0);
        String url = sim.qianfanUrl() + "/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions?access_token=t";
        String body = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        post(url, body, "Content-Type", "application/json");

        Answer refused = post(url, body, "Content-Type", "application/json");

        assertEquals(200, refused.status());
        assertEquals(336501, refused.body().path("error_code").asInt(), refused.body().toString());
        assertEquals(1, sim.quotaRefusals());
    }

    @Test
    void embeddingsCountTheirInputTokens() throws IOException {
        sim.quota(0, 100);
        Answer embedded = post(sim.azureUrl() + "/embeddings?api-version=2024-05-01-preview",
                "{\"input\":[\"one two three\",\"four five\"]}", "api-key", "k");
        assertEquals(200, embedded.status());
        assertEquals(5, embedded.body().at("/usage/prompt_tokens").asInt(), embedded.body().toString());
        assertEquals("95", azureChat("hi").header("x-ratelimit-remaining-tokens"));
    }

    @Test
    void aRefusedCallUsesUpNeitherAQueuedFaultNorAScriptedReply() throws IOException {
        sim.quota(1, 0);
        cohereChat("one");
        sim.fault(Fault.status(503)).enqueue(SimReply.text("scripted"));
        assertEquals(429, cohereChat("refused").status());
        clock.addAndGet(60_000);
        assertEquals(503, cohereChat("faulted").status(), "the fault waited for an admitted call");
        clock.addAndGet(60_000);
        assertTrue(cohereChat("answered").body().toString().contains("scripted"));
    }

    @Test
    void resetRemovesTheQuotaAndUnlimitedAnswersCarryNoRateLimitHeaders() throws IOException {
        sim.quota(1, 0);
        cohereChat("one");
        assertEquals(429, azureChat("two").status(), "one quota across all providers and clients");
        sim.reset();
        Answer free = azureChat("three");
        assertEquals(200, free.status());
        assertNull(free.header("x-ratelimit-remaining-requests"));
        assertEquals(0, sim.quotaRefusals());
    }

    @Test
    void aShortWindowForTestsEndsSooner() throws IOException {
        sim.quota(1, 0).quotaWindow(Duration.ofMillis(1500));
        cohereChat("one");
        assertEquals("2", cohereChat("two").header("Retry-After"), "1.5 s rounded up");
        clock.addAndGet(1500);
        assertEquals(200, cohereChat("three").status());
    }

    @Test
    void aStreamedAnswerCarriesTheRateLimitHeadersToo() throws IOException {
        sim.quota(5, 0);
        Answer streamed = postRaw(sim.azureUrl() + "/chat/completions?api-version=2024-05-01-preview",
                "{\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertEquals(200, streamed.status());
        assertEquals("text/event-stream", streamed.header("Content-Type").split(";")[0]);
        assertEquals("4", streamed.header("x-ratelimit-remaining-requests"));
    }

    @Test
    void aNegativeLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.quota(-1, 0));
        assertEquals("quota limits must be 0 (unlimited) or positive, got calls=-1 tokens=0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.quotaWindow(Duration.ZERO));
    }

    /** A streamed answer: status and headers (its body is events, not one JSON document). */
    private Answer postRaw(String url, String json) throws IOException {
        Request request = new Request.Builder().url(url).header("api-key", "k")
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        try (Response r = http.newCall(request).execute()) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            r.headers().forEach(h -> headers.put(h.getFirst(), h.getSecond()));
            assertTrue(r.body().string().contains("data: [DONE]"));
            return new Answer(r.code(), headers, null);
        }
    }
}
