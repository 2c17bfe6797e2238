package io.camelai.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.model.SimReply;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator's own behaviour: faults, recording, scripted replies, as a raw HTTP client sees them. */
class SimulatorFaultsTest {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .readTimeout(5, TimeUnit.SECONDS).build();

    private Request chat(boolean stream, String text) {
        String json = "{\"model\":\"m\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\""
                + text + "\"}]}";
        return new Request.Builder().url(sim.get().cohereUrl() + "/v2/chat").header("Authorization", "Bearer k")
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
    }

    private String call(Request request) throws IOException {
        try (Response r = http.newCall(request).execute()) {
            return r.code() + " " + r.body().string();
        }
    }

    @Test
    void answersAndRecordsTheRequest() throws IOException {
        String out = call(chat(false, "hello"));
        assertTrue(out.startsWith("200 "), out);
        assertTrue(out.contains("Simulated answer to: hello"), out);
        RecordedRequest req = sim.get().takeRequest();
        assertEquals("/v2/chat", req.path());
        assertEquals("Bearer k", req.header("authorization"));
        assertEquals("hello", req.json().at("/messages/0/content").asText());
    }

    @Test
    void aStatusFaultUsesTheProvidersErrorBodyAndHeadersForTheGivenTimes() throws IOException {
        sim.get().fault(Fault.status(429).retryAfterSeconds(2).message("too many").times(2));
        try (Response r = http.newCall(chat(false, "x")).execute()) {
            assertEquals(429, r.code());
            assertEquals("2", r.header("Retry-After"));
            JsonNode body = SimJson.readOrNull(r.body().string());
            assertEquals("too many", body.get("message").asText());
        }
        assertTrue(call(chat(false, "x")).startsWith("429"));
        assertTrue(call(chat(false, "x")).startsWith("200"), "the fault applied twice, then stopped");
    }

    @Test
    void faultsCanBeAskedForWithARequestHeader() throws IOException {
        Request r = chat(false, "x").newBuilder().header("X-Simulator-Fault", "status=503;retry-after-ms=10").build();
        try (Response resp = http.newCall(r).execute()) {
            assertEquals(503, resp.code());
            assertEquals("10", resp.header("retry-after-ms"));
        }
    }

    @Test
    void aResetClosesTheConnectionWithoutAResponse() {
        sim.get().fault(Fault.reset());
        assertThrows(IOException.class, () -> call(chat(false, "x")));
    }

    @Test
    void aDisconnectBreaksTheStreamAfterTheGivenEvents() throws IOException {
        sim.get().fault(Fault.disconnectAfter(3));
        try (Response r = http.newCall(chat(true, "one two three four")).execute()) {
            assertEquals(200, r.code(), "the stream started");
            okio.BufferedSource body = r.body().source();
            StringBuilder read = new StringBuilder();
            IOException e = assertThrows(IOException.class, () -> {
                String line;
                while ((line = body.readUtf8Line()) != null) {
                    read.append(line).append('\n');
                }
            });
            assertNotNull(e);
            assertEquals(3, read.toString().split("event: ").length - 1, "three events arrived before the drop");
        }
    }

    @Test
    void aMalformedFaultSendsAnUnparseableEvent() throws IOException {
        sim.get().fault(Fault.malformedAfter(1));
        String out = call(chat(true, "x"));
        assertTrue(out.contains("not json"), out);
    }

    @Test
    void aSlowFaultDelaysEveryEvent() throws IOException {
        sim.get().fault(Fault.slow(Duration.ofMillis(40)));
        long start = System.nanoTime();
        call(chat(true, "a b"));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(40 * 5), "delayed before each event");
    }

    @Test
    void scriptedRepliesAreUsedInOrder() throws IOException {
        sim.get().enqueue(SimReply.text("first"), SimReply.text("second"));
        assertTrue(call(chat(false, "x")).contains("\"first\""));
        assertTrue(call(chat(false, "x")).contains("\"second\""));
        assertTrue(call(chat(false, "x")).contains("Simulated answer to: x"));
    }

    @Test
    void aSlowRequestThatOutlivesAResetLeavesTheRepliesScriptedAfterItToTheNextRequest() throws Exception {
        Request slow = chat(false, "late").newBuilder().header("X-Simulator-Fault", "slow=1000").build();
        java.util.concurrent.CompletableFuture<String> late = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return call(slow);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertNotNull(sim.get().takeRequest(), "the slow request arrived");
        sim.get().reset(); // what the extension does before the next test
        sim.get().enqueue(SimReply.text("for the next test"));

        String lateAnswer = late.get(10, TimeUnit.SECONDS);

        assertTrue(lateAnswer.startsWith("503 ") && lateAnswer.contains("reset while this request waited"), lateAnswer);
        assertTrue(call(chat(false, "x")).contains("\"for the next test\""));
    }

    @Test
    void aSlowStreamThatOutlivesAResetAnswers503InsteadOfItsEvents() throws Exception {
        sim.get().enqueue(SimReply.text("scripted for the slow stream's own test"));
        Request slow = chat(true, "late").newBuilder().header("X-Simulator-Fault", "slow=1000").build();
        java.util.concurrent.CompletableFuture<String> late = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return call(slow);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertNotNull(sim.get().takeRequest(), "the slow stream arrived");
        sim.get().reset();
        sim.get().enqueue(SimReply.text("next-test"));

        String lateAnswer = late.get(10, TimeUnit.SECONDS);

        assertTrue(lateAnswer.startsWith("503 ") && lateAnswer.contains("reset while this request waited"), lateAnswer);
        String next = call(chat(true, "x"));
        assertTrue(next.startsWith("200 ") && next.contains("next-test"), next);
    }

    @Test
    void unknownRoutesAnswer404() throws IOException {
        Request r = new Request.Builder().url(sim.get().url() + "/nothing/here").get().build();
        assertTrue(call(r).startsWith("404"));
    }
}
