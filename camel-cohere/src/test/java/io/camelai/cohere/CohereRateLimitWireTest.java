package io.camelai.cohere;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelai.support.AiEndpoint;
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

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Two endpoints sharing one budget (they differ in maxRetries only) and one with another key. */
    private String shared(String options) {
        return uri("chat", "model=command-a-03-2025&requestsPerMinute=60000&retryMaxDelay=5000&" + options)
                .replace("apiKey=k&", "apiKey=tenant-a-key&");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        context.getRegistry().bind("meters", meters);
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
