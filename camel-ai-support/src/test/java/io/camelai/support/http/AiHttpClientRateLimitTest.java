package io.camelai.support.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelai.support.AiHttpException;
import io.camelai.support.config.AiConfiguration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client and its budget on a clock the test moves: what the answers say (usage, rate-limit headers, 429 with
 * Retry-After) decides when the budget's next call may start.
 */
class AiHttpClientRateLimitTest {

    private static final Duration LONG = Duration.ofMinutes(10);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private long now = 5_000_000_000L;

    private RateLimiter limiter(long rpm, long tpm) {
        return new RateLimiter(rpm, tpm, () -> now, nanos -> now += nanos);
    }

    private AiHttpClient client(RateLimiter limiter, Duration maxWait) {
        OkHttpClients.Timeouts t = OkHttpClients.Timeouts.ofMillis(2000, 2000, 0);
        OkHttpClient base = new OkHttpClient();
        AiHttpClient client = new AiHttpClient("test", OkHttpClients.unary(base, t, List.of(), false,
                SecretMasker.none(), AiConfiguration.DEFAULT_MAX_RESPONSE_BYTES),
                OkHttpClients.streaming(base, t, List.of(), false, SecretMasker.none()),
                new RetryPolicy(0, Duration.ofMillis(1), Duration.ofSeconds(1)), new DefaultErrorDecoder("test"),
                SecretMasker.none());
        client.rateLimiter(limiter, maxWait);
        return client;
    }

    /** 40 bytes of JSON: an estimate of 10 tokens. */
    private Request post() {
        return new Request.Builder().url(server.url("/v2/embed"))
                .post(RequestBody.create("{\"texts\":[\"01234567890123456789012345\"]}",
                        MediaType.get("application/json")))
                .build();
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    @Test
    void theUsageAnAnswerReportsReplacesTheEstimateOfItsTokens() throws Exception {
        RateLimiter limiter = limiter(0, 60_000); // a token a millisecond
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"usage\":{\"prompt_tokens\":300,\"total_tokens\":500}}").build());

        client(limiter, LONG).executeJson(null, post(), (response, json) -> json);

        assertEquals(500, ms(limiter.acquire(0, LONG)), "the 500 reported tokens, not the 10 estimated");
    }

    @Test
    void laterEstimatesAreScaledByWhatEarlierAnswersReported() throws Exception {
        RateLimiter limiter = limiter(0, 60_000);
        AiHttpClient client = client(limiter, LONG);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"usage\":{\"total_tokens\":500}}").build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body("{}").build());
        client.executeJson(null, post(), (response, json) -> json); // 500 reported for an estimate of 10

        client.executeJson(null, post(), (response, json) -> json); // no usage reported: the scaled estimate stays

        // the scale moved a fifth of the way from 1 to 50: 10.8, so the second call counted 108 tokens
        assertEquals(108, ms(limiter.acquire(0, LONG)));
    }

    @Test
    void aRefusedCallGivesItsTurnAndItsEstimatedTokensBack() throws Exception {
        RateLimiter limiter = limiter(60, 60_000);
        server.enqueue(new MockResponse.Builder().code(429).body("{\"message\":\"slow down\"}").build());

        assertThrows(AiHttpException.class, () -> client(limiter, LONG).executeJson(null, post(), (r, j) -> j));

        assertEquals(0, limiter.acquire(0, LONG));
    }

    @Test
    void remainingZeroWithAResetPausesTheBudgetUntilTheReset() throws Exception {
        RateLimiter limiter = limiter(60_000, 0);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .addHeader("x-ratelimit-remaining-requests", "0").addHeader("x-ratelimit-reset-requests", "2s")
                .body("{}").build());

        client(limiter, LONG).executeJson(null, post(), (response, json) -> json);

        assertEquals(2000, ms(limiter.acquire(0, LONG)));
    }

    @Test
    void a429WithRetryAfterPausesTheWholeBudgetNotJustItsOwnRetry() throws Exception {
        RateLimiter limiter = limiter(60_000, 0);
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
                .body("{\"message\":\"slow down\"}").build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(limiter, LONG).executeJson(null, post(), (r, j) -> j));

        assertEquals(Duration.ofSeconds(2), e.getRetryAfter(), "longer than retryMaxDelay (1 s): not retried");
        assertEquals(2000, ms(limiter.acquire(0, LONG)), "every other caller waits the 2 s");
    }

    @Test
    void aCallThatWouldWaitLongerThanItMayIsNotSentAndNotRetried() {
        RateLimiter limiter = limiter(60_000, 0);
        limiter.pauseFor(Duration.ofSeconds(5));
        AiHttpClient client = client(limiter, Duration.ofSeconds(1));

        AiHttpException e = assertThrows(AiHttpException.class, () -> client.executeJson(null, post(), (r, j) -> j));

        assertEquals(AiHttpClient.RATE_LIMIT_WAIT_TOO_LONG, e.getErrorCode());
        assertTrue(e.isRetryable(), "a later redelivery may find a turn");
        assertEquals(Duration.ofSeconds(5), e.getRetryAfter());
        assertTrue(e.getMessage().contains("requestsPerMinute=60000"), e.getMessage());
        assertEquals(0, server.getRequestCount(), "nothing was sent");
        assertEquals(0, client.stats().retries());
    }
}
