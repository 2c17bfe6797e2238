package io.camelai.cohere;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelai.support.AiEndpoint;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.testing.ChatStreams;
import io.camelai.support.tools.AiTool;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * requestsPerMinute on the wire: a provider's 429 with Retry-After or its rate-limit headers hold back every endpoint
 * sharing the budget (same key, operation, base URL, model and limit), never an endpoint with another key; bad
 * values fail at endpoint creation.
 */
class CohereRateLimitWireTest extends CohereWireTestSupport {

    private static final String ANSWER = """
            {"id":"r-1","finish_reason":"COMPLETE","message":{"role":"assistant","content":[{"type":"text","text":"Hi"}]},
             "usage":{"tokens":{"input_tokens":3,"output_tokens":1}}}
            """;

    private static final String TOOL_CALL = """
            {"id":"r-1","finish_reason":"TOOL_CALL","message":{"role":"assistant","tool_plan":"Look it up.",
              "tool_calls":[{"id":"t1","type":"function","function":{"name":"get_flight_info","arguments":"{}"}}]},
             "usage":{"tokens":{"input_tokens":1500,"output_tokens":45}}}
            """;

    private static final String[] V1_EVENTS = {
            "{\"is_finished\":false,\"event_type\":\"stream-start\",\"generation_id\":\"g-3\"}",
            "{\"is_finished\":false,\"event_type\":\"text-generation\",\"text\":\"Hello\"}",
            "{\"is_finished\":true,\"event_type\":\"stream-end\",\"finish_reason\":\"COMPLETE\",\"response\":"
                    + "{\"text\":\"Hello\",\"generation_id\":\"g-3\",\"finish_reason\":\"COMPLETE\"}}"};

    public static class Flights {
        @AiTool(name = "get_flight_info", description = "The next flight")
        public String next() {
            return "{\"flight\":\"SEA-1\"}";
        }
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Two endpoints sharing one budget (they differ in maxRetries only) and one with another key. */
    private String shared(String options) {
        return keyed("model=command-a-03-2025&requestsPerMinute=60000&retryMaxDelay=5000&" + options);
    }

    /** A chat URI with a key long enough to be a credential (a shorter one is not masked, nor shared by). */
    private String keyed(String options) {
        return uri("chat", options).replace("apiKey=k&", "apiKey=tenant-a-key&");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        context.getRegistry().bind("meters", meters);
        context.getRegistry().bind("flights", new Flights());
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to(shared("maxRetries=2"));
                from("direct:b").to(shared("maxRetries=1"));
                from("direct:otherTenant")
                        .to(shared("maxRetries=1").replace("apiKey=tenant-a-key", "apiKey=tenant-b-key"));
            }
        };
    }

    private static MockResponse answer() {
        return jsonResponse(200, ANSWER);
    }

    private Timer waits() {
        return meters.find("camel.ai.client.rate_limit.wait").timer();
    }

    @Test
    void a429WithRetryAfterHoldsBackTheNextCallOfEveryEndpointSharingTheBudgetButNotAnotherKey()
            throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "2").body("{\"message\":\"You are using a Trial key\"}").build());
        server.enqueue(answer());
        server.enqueue(answer());
        server.enqueue(answer());

        CompletableFuture<String> first = template.asyncRequestBody("direct:a", "first", String.class);
        AiEndpoint<?> a = context.getEndpoint(shared("maxRetries=2"), AiEndpoint.class);
        assertEquals("first", message(take()));
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); a.httpClient().rateLimiter()
                .pausedFor().isZero();) {
            assertTrue(System.nanoTime() < deadline, "the 429 paused the budget");
            Thread.sleep(1);
        }
        // the budget is paused for 2 s: another tenant's endpoint is not, and goes first
        assertEquals("Hi", template.requestBody("direct:otherTenant", "other tenant", String.class));
        String second = template.requestBody("direct:b", "second", String.class);

        assertEquals("Hi", second);
        assertEquals("Hi", first.get(10, TimeUnit.SECONDS));
        List<String> order = List.of(message(take()), message(take()), message(take()));
        assertEquals("other tenant", order.get(0), "the other key at once");
        assertEquals(List.of("first", "second"), order.subList(1, 3).stream().sorted().toList(),
                "the retry and the other endpoint's call, after the pause");
        Timer waits = waits();
        assertNotNull(waits, "the wait was recorded");
        assertTrue(waits.totalTime(TimeUnit.MILLISECONDS) >= 1000,
                "the second call waited for the pause: " + waits.totalTime(TimeUnit.MILLISECONDS) + " ms");
    }

    @Test
    void remainingZeroWithAResetDelaysTheNextCall() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .addHeader("x-ratelimit-remaining-requests", "0").addHeader("x-ratelimit-reset-requests", "1s")
                .body(ANSWER).build());
        server.enqueue(answer());

        template.requestBody("direct:a", "first", String.class);
        template.requestBody("direct:b", "second", String.class);

        assertEquals(2, server.getRequestCount());
        assertTrue(waits().totalTime(TimeUnit.MILLISECONDS) >= 500,
                "the second call waited for the reset: " + waits().totalTime(TimeUnit.MILLISECONDS) + " ms");
    }

    @Test
    void eachModelCallOfAToolLoopWaitsForItsTurnAndTheReportedTokensAreCounted() {
        server.enqueue(jsonResponse(200, TOOL_CALL)); // 1,545 tokens reported for a request of about 60
        server.enqueue(answer());

        String answer = template.requestBody(
                keyed("model=command-a-03-2025&tools=#flights&tokensPerMinute=60000"), "next flight?",
                String.class);

        assertEquals("Hi", answer);
        assertEquals(2, server.getRequestCount());
        // a token a millisecond: the second round waits for the first round's 1,545 reported tokens
        assertEquals(1, waits().count());
        assertTrue(waits().totalTime(TimeUnit.MILLISECONDS) >= 1000,
                "the second round waited: " + waits().totalTime(TimeUnit.MILLISECONDS) + " ms");
    }

    @Test
    void theUsageAtTheEndOfAStreamIsCountedAgainstTheTokenBudget() throws Exception {
        // a v2 stream (https://docs.cohere.com/v2/docs/streaming) whose message-end reports 1,545 tokens
        String sse = "event: message-start\ndata: {\"id\":\"s-1\",\"type\":\"message-start\",\"delta\":"
                + "{\"message\":{\"role\":\"assistant\"}}}\n\n"
                + "event: content-delta\ndata: {\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":"
                + "{\"content\":{\"text\":\"Hello\"}}}}\n\n"
                + "event: message-end\ndata: {\"type\":\"message-end\",\"delta\":{\"finish_reason\":\"COMPLETE\","
                + "\"usage\":{\"tokens\":{\"input_tokens\":1500,\"output_tokens\":45}}}}\n\n";
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(sse).build());
        server.enqueue(answer());
        // a token a millisecond, shared by the streaming and the plain endpoint
        String limit = "model=command-a-03-2025&tokensPerMinute=60000";

        List<ChatChunk> chunks = ChatStreams.chunks(context, keyed(limit + "&stream=true"), "hello");
        String answer = template.requestBody(keyed(limit), "then this", String.class);

        assertEquals("Hello", chunks.get(0).text());
        assertEquals("Hi", answer);
        // charged about 20 tokens (its request's bytes / 4) when sent; settled at 1,545 when its end arrived
        assertNotNull(waits(), "the plain call was held back for the stream's reported tokens");
        assertTrue(waits().totalTime(TimeUnit.MILLISECONDS) >= 1000,
                "the plain call waited for the stream's reported tokens: "
                        + waits().totalTime(TimeUnit.MILLISECONDS) + " ms");
    }

    @Test
    void aStreamTakesATurnOfTheBudgetLikeAnyCall() throws Exception {
        StringBuilder sse = new StringBuilder();
        for (String event : V1_EVENTS) {
            sse.append("data: ").append(event).append("\n\n");
        }
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body(sse.toString()).build());
        server.enqueue(answer());
        // a call a second, shared by the streaming and the plain endpoint (same key, operation, model and limit)
        String limit = "model=command-a-03-2025&requestsPerMinute=60";

        List<ChatChunk> chunks = ChatStreams.chunks(context,
                keyed(limit + "&apiVersion=v1&stream=true&streamFormat=sse"), "hello");
        String answer = template.requestBody(keyed(limit), "then this", String.class);

        assertEquals("Hello", chunks.get(0).text());
        assertEquals("Hi", answer);
        assertTrue(waits().totalTime(TimeUnit.MILLISECONDS) >= 500,
                "the plain call waited for the stream's turn: " + waits().totalTime(TimeUnit.MILLISECONDS) + " ms");
    }

    @Test
    void negativeLimitsFailAtEndpointCreationNamingTheOption() {
        for (String option : List.of("requestsPerMinute=-1", "tokensPerMinute=-5")) {
            Exception e = assertThrows(Exception.class,
                    () -> context.getEndpoint(uri("chat", option)).start(), option);
            String name = option.substring(0, option.indexOf('='));
            assertTrue(messages(e).contains("option " + name), messages(e));
        }
        assertEquals(0, server.getRequestCount());
    }

    private static String message(RecordedRequest r) {
        return body(r).at("/messages/0/content").asText();
    }
}
