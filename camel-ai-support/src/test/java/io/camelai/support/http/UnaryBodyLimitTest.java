package io.camelai.support.http;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHttpException;
import io.camelai.support.testing.LogCapture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unary response body is bounded while it is read: a provider (or anything in between) answering with 40 MiB of
 * small JSON elements cannot make the client buffer it whole, whether it declares its length or not and whether
 * HTTP logging reads it or the handler does.
 */
class UnaryBodyLimitTest {

    private static final long ONE_MIB = 1024 * 1024;
    /** 40 MiB of small elements: {@code [{"i":0},{"i":0},...]}. */
    private static final String HUGE_JSON = hugeJson(40 * ONE_MIB);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private static String hugeJson(long bytes) {
        String element = "{\"i\":0},";
        StringBuilder sb = new StringBuilder((int) bytes + 16).append('[');
        while (sb.length() < bytes) {
            sb.append(element);
        }
        sb.setLength(sb.length() - 1);
        return sb.append(']').toString();
    }

    private AiHttpClient client(long maxResponseBytes, boolean logHttp) {
        OkHttpClients.Timeouts t = OkHttpClients.Timeouts.ofMillis(5000, 5000, 0);
        OkHttpClient base = new OkHttpClient();
        return new AiHttpClient("test",
                OkHttpClients.unary(base, t, List.of(), logHttp, SecretMasker.none(), maxResponseBytes),
                OkHttpClients.streaming(base, t, List.of(), logHttp, SecretMasker.none()),
                new RetryPolicy(2, Duration.ofMillis(1), Duration.ofSeconds(1)), new DefaultErrorDecoder("test"),
                SecretMasker.none());
    }

    private Request post() {
        return new Request.Builder().url(server.url("/v1/embed"))
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    }

    private static void assertNamesTheLimit(AiHttpException e, long limit) {
        assertTrue(e.getMessage().contains("maxResponseBytes"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(limit)), e.getMessage());
        assertFalse(e.isRetryable(), "the same request would get the same answer");
        assertInstanceOf(ResponseTooLargeException.class, e.getCause());
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitFailsBeforeItIsRead() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(HUGE_JSON)
                .build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(ONE_MIB, false).executeJson(null, post(), (response, body) -> body));

        assertNamesTheLimit(e, ONE_MIB);
        assertEquals(1, server.getRequestCount(), "not retried");
    }

    @Test
    void aChunkedBodyWithoutALengthFailsOnceTheLimitIsPassed() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .chunkedBody(HUGE_JSON, 64 * 1024).build());
        boolean[] handlerGotTheBody = new boolean[1];

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(ONE_MIB, false).execute(null, post(), response -> {
                    // a handler that reads the body as a String would hold 40 MiB without the limit
                    String text = response.body().string();
                    handlerGotTheBody[0] = true;
                    return text;
                }));

        assertNamesTheLimit(e, ONE_MIB);
        assertFalse(handlerGotTheBody[0], "the handler never got the body");
    }

    @Test
    void httpLoggingReadsTheBodyThroughTheLimitToo() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .chunkedBody(HUGE_JSON, 64 * 1024).build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(ONE_MIB, true).executeJson(null, post(), (response, body) -> body));

        assertNamesTheLimit(e, ONE_MIB);
        assertTrue(logs.all().contains("--> POST"), "HTTP logging was on");
        assertFalse(logs.all().contains(HUGE_JSON.substring(0, (int) ONE_MIB + 10)), "no more than the limit logged");
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws Exception {
        String body = hugeJson(2048);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .chunkedBody(body, 100).build());

        JsonNode json = client(body.length(), false).executeJson(null, post(), (response, b) -> b);

        assertEquals(body.length() / 8, json.size(), "every element read");
    }

    @Test
    void aBodyDeclaringExactlyTheLimitIsReadWhole() throws Exception {
        String body = hugeJson(2048);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());

        JsonNode json = client(body.length(), false).executeJson(null, post(), (response, b) -> b);

        assertEquals(body.length() / 8, json.size(), "every element read");
    }

    @Test
    void aGzipBodyDeclaredSmallIsBoundedByWhatItInflatesTo() throws Exception {
        Buffer gzipped = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
            sink.writeUtf8(HUGE_JSON);
        }
        assertTrue(gzipped.size() < ONE_MIB, "40 MiB of repeated elements compress to " + gzipped.size());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .addHeader("Content-Encoding", "gzip").body(gzipped).build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(ONE_MIB, false).executeJson(null, post(), (response, b) -> b));

        assertNamesTheLimit(e, ONE_MIB);
    }

    @Test
    void anEmptyBodyReadsAsAnEmptyObject() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());

        JsonNode json = client(ONE_MIB, false).executeJson(null, post(), (response, b) -> b);

        assertTrue(json.isObject() && json.isEmpty(), String.valueOf(json));
    }

    @Test
    void anErrorBodyLongerThanTheLimitStillGivesTheProvidersMessage() {
        String message = "x".repeat(3000);
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "text/plain")
                .chunkedBody(message, 100).build());

        AiHttpException e = assertThrows(AiHttpException.class,
                () -> client(1024, false).executeJson(null, post(), (response, b) -> b));

        assertEquals(400, e.getStatusCode());
        assertTrue(e.getProviderMessage().startsWith("x".repeat(500)), "what arrived up to the limit");
    }
}
