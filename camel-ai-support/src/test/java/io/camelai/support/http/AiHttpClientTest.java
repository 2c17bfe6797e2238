package io.camelai.support.http;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelai.support.AiHttpException;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.json.AiJson;
import io.camelai.support.stream.StreamMediaTypes;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AiHttpClientTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private AiHttpClient client(int maxRetries, Duration maxDelay) {
        OkHttpClients.Timeouts t = OkHttpClients.Timeouts.ofMillis(2000, 2000, 0);
        OkHttpClient base = new OkHttpClient();
        return new AiHttpClient("test", OkHttpClients.unary(base, t, List.of(), false, SecretMasker.none(),
                AiConfiguration.DEFAULT_MAX_RESPONSE_BYTES),
                OkHttpClients.streaming(base, t, List.of(), false, SecretMasker.none()),
                new RetryPolicy(maxRetries, Duration.ofMillis(1), maxDelay), new DefaultErrorDecoder("test"),
                SecretMasker.none());
    }

    private Request post() {
        return new Request.Builder().url(server.url("/v2/chat?access_token=SECRET-TOKEN"))
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    }

    private static String body(Response r) throws IOException {
        return r.body().string();
    }

    @Test
    void retriesA429AfterTheServersWait() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after-ms", "30")
                .body("{\"message\":\"slow down\"}").build());
        server.enqueue(new MockResponse.Builder().body("ok").build());

        long start = System.nanoTime();
        String out = client(2, Duration.ofSeconds(5)).execute(null, post(), AiHttpClientTest::body);

        assertEquals("ok", out);
        assertEquals(2, server.getRequestCount());
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(30), "waited as asked");
    }

    @Test
    void gives5xxUpAfterMaxRetriesWithTheLastError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("x-request-id", "req-" + i)
                    .body("{\"message\":\"overloaded\",\"code\":\"busy\"}").build());
        }

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(2, Duration.ofSeconds(5)).execute(null, post(), AiHttpClientTest::body));

        assertEquals(3, server.getRequestCount(), "one call and two retries");
        assertEquals(503, e.getStatusCode());
        assertEquals("busy", e.getErrorCode());
        assertEquals("overloaded", e.getProviderMessage());
        assertEquals("req-2", e.getRequestId());
        assertTrue(e.isRetryable());
        assertTrue(e.getMessage().contains("POST /v2/chat"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET-TOKEN"), "no query string in messages");
    }

    @Test
    void doesNotRetryAClientError() {
        server.enqueue(new MockResponse.Builder().code(400).body("{\"message\":\"bad\"}").build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(3, Duration.ofSeconds(5)).execute(null, post(), AiHttpClientTest::body));

        assertEquals(1, server.getRequestCount());
        assertEquals(400, e.getStatusCode());
        assertFalse(e.isRetryable());
    }

    @Test
    void doesNotWaitLongerThanTheMaxDelay() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "60").build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(3, Duration.ofSeconds(1)).execute(null, post(), AiHttpClientTest::body));

        assertEquals(1, server.getRequestCount());
        assertEquals(Duration.ofSeconds(60), e.getRetryAfter(), "the wait is on the exception for the route");
    }

    @Test
    void aConnectionFailureIsRetryableAndRetried() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Request request = new Request.Builder().url("http://127.0.0.1:" + port + "/v1/x").get().build();

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(2, Duration.ofSeconds(1)).execute(null, request, AiHttpClientTest::body));

        assertEquals(0, e.getStatusCode());
        assertTrue(e.isRetryable());
        assertInstanceOf(java.net.ConnectException.class, e.getCause());
    }

    @Test
    void aHandlerCanTurnA200IntoARetryableFailure() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"error_code\":336100}").build());
        server.enqueue(new MockResponse.Builder().body("{\"result\":\"fine\"}").build());

        String out = client(2, Duration.ofSeconds(1)).execute(null, post(), r -> {
            String b = r.body().string();
            if (b.contains("error_code")) {
                throw AiHttpException.builder("test").status(200).errorCode("336100").retryable(true).build(null);
            }
            return b;
        });

        assertEquals("{\"result\":\"fine\"}", out);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aMalformedBodyFailsClearlyAndIsNotRetried() {
        server.enqueue(new MockResponse.Builder().body("{\"broken\": ").build());

        AiHttpException e = assertThrows(AiHttpException.class, () -> client(2, Duration.ofSeconds(1))
                .execute(null, post(), r -> AiJson.mapper().readTree(r.body().byteStream())));

        assertEquals(1, server.getRequestCount());
        assertTrue(e.getMessage().contains("malformed response body"), e.getMessage());
    }

    @Test
    void readsAtMost64KiBOfAnErrorBody() {
        server.enqueue(new MockResponse.Builder().code(500).body("x".repeat(1_000_000)).build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(0, Duration.ofSeconds(1)).execute(null, post(), AiHttpClientTest::body));

        assertTrue(e.getProviderMessage().length() <= 600, "abbreviated message");
    }

    @Test
    void aSlowServerHitsTheReadTimeoutAndTheFailureIsNotRetried() {
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("late").build());
        OkHttpClients.Timeouts t = OkHttpClients.Timeouts.ofMillis(1000, 200, 0);
        OkHttpClient base = new OkHttpClient();
        AiHttpClient c = new AiHttpClient("test", OkHttpClients.unary(base, t, List.of(), false,
                SecretMasker.none(), AiConfiguration.DEFAULT_MAX_RESPONSE_BYTES),
                OkHttpClients.streaming(base, t, List.of(), false, SecretMasker.none()),
                new RetryPolicy(2, Duration.ofMillis(1), Duration.ofSeconds(1)), new DefaultErrorDecoder("test"),
                SecretMasker.none());

        AiHttpException e = assertThrows(AiHttpException.class, () -> c.execute(null, post(), AiHttpClientTest::body));

        assertInstanceOf(java.net.SocketTimeoutException.class, e.getCause());
        assertFalse(e.isRetryable(), "the request was sent: a read timeout is not retried");
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void openHandsTheUnreadBodyToTheStreamReader() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: 1\n\ndata: 2\n\n").build());

        try (Response r = client(2, Duration.ofSeconds(1)).open(null, post(), StreamMediaTypes.SSE, resp -> resp)) {
            assertEquals("data: 1\n\ndata: 2\n\n", r.body().string());
        }
        assertEquals(2, server.getRequestCount(), "retried until the stream started");
    }

    @Test
    void aStreamAnsweredWithAnHtmlPageFailsNamingTheStatusAndContentType() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
                .body("<html><body>Please log in to the proxy</body></html>").build());
        boolean[] opened = new boolean[1];

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(2, Duration.ofSeconds(1)).open(null, post(), StreamMediaTypes.SSE, r -> {
                    opened[0] = true;
                    return r;
                }));

        assertFalse(opened[0], "never handed to a stream reader");
        assertEquals(200, e.getStatusCode());
        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().contains("text/html"), e.getMessage());
        assertTrue(e.getMessage().contains("text/event-stream"), "names what was expected: " + e.getMessage());
        assertTrue(e.getMessage().contains("Please log in to the proxy"), "shows what came: " + e.getMessage());
        assertFalse(e.isRetryable());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aStreamAnsweredWithAJsonErrorBodyFailsWithTheDecodedProviderError() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .addHeader("x-request-id", "req-9").body("{\"message\":\"model is overloaded\",\"code\":\"busy\"}")
                .build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(0, Duration.ofSeconds(1)).open(null, post(), StreamMediaTypes.SSE, r -> r));

        assertEquals(200, e.getStatusCode());
        assertEquals("busy", e.getErrorCode());
        assertEquals("model is overloaded", e.getProviderMessage());
        assertEquals("req-9", e.getRequestId());
    }

    @Test
    void aStreamAnsweredWithJsonThatIsNoErrorNamesTheContentType() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"choices\":[]}").build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(0, Duration.ofSeconds(1)).open(null, post(), StreamMediaTypes.SSE, r -> r));

        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().contains("application/json"), e.getMessage());
        assertEquals(null, e.getErrorCode());
    }

    @Test
    void aStreamWithoutAContentTypeFailsSayingSo() {
        server.enqueue(new MockResponse.Builder().removeHeader("Content-Type").body("data: 1\n\n").build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(0, Duration.ofSeconds(1)).open(null, post(), StreamMediaTypes.SSE, r -> r));

        assertTrue(e.getMessage().contains("no Content-Type"), e.getMessage());
    }

    @Test
    void aNdjsonStreamIsAcceptedWhereNdjsonIsExpected() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/stream+json")
                .body("{\"a\":1}\n").build());

        try (Response r = client(0, Duration.ofSeconds(1)).open(null, post(),
                StreamMediaTypes.NDJSON.or(StreamMediaTypes.SSE), resp -> resp)) {
            assertEquals("{\"a\":1}\n", r.body().string());
        }
    }
}
