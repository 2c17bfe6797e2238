package io.camelai.cohere;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.AiStreamException;
import io.camelai.support.testing.ChatStreams;
import io.camelai.support.testing.LogCapture;
import mockwebserver3.MockResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cohere's answers are untrusted: a huge body, nonsense token counts, a stream answered with a web page and an error
 * that echoes the API key all end in a clear failure or an unset header, never in memory use, a bogus header or a
 * leaked key.
 */
class CohereTrustBoundaryWireTest extends CohereWireTestSupport {

    private static final String KEY = "co-live-9f8e7d6c5b";

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private String keyed(String operation, String options) {
        return uri(operation, options).replace("apiKey=k&", "apiKey=" + KEY + "&");
    }

    private static String v2Answer(String input, String output) {
        return "{\"id\":\"c-1\",\"finish_reason\":\"COMPLETE\",\"message\":{\"role\":\"assistant\",\"content\":"
                + "[{\"type\":\"text\",\"text\":\"hi\"}]},\"usage\":{\"billed_units\":{\"input_tokens\":" + input
                + ",\"output_tokens\":" + output + "},\"tokens\":{\"input_tokens\":" + input + ",\"output_tokens\":"
                + output + "}}}";
    }

    private static void assertNoTokenHeaders(Message m) {
        assertNull(m.getHeader(AiHeaders.INPUT_TOKENS), "input tokens");
        assertNull(m.getHeader(AiHeaders.OUTPUT_TOKENS), "output tokens");
        assertNull(m.getHeader(AiHeaders.TOTAL_TOKENS), "total tokens");
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    @Test
    void aResponseLargerThanMaxResponseBytesFailsNamingTheLimitAndTheOption() {
        StringBuilder huge = new StringBuilder("{\"id\":\"c-1\",\"embeddings\":{\"float\":[");
        while (huge.length() < 40 * 1024 * 1024) {
            huge.append("[0.1],");
        }
        huge.setLength(huge.length() - 1);
        huge.append("]}}");
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(huge.toString()).build());

        Exchange out = template.request(uri("embed", "maxResponseBytes=1048576&maxRetries=2"),
                e -> e.getMessage().setBody("hello"));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertTrue(e.getMessage().contains("maxResponseBytes (1048576 bytes)"), e.getMessage());
        assertFalse(e.isRetryable());
        assertEquals(1, server.getRequestCount(), "not retried");
    }

    @Test
    void negativeOrOverflowingTokenCountsSetNoTokenHeaders() {
        respond(v2Answer("-5", "99999999999999999999"));

        Exchange out = template.request(uri("chat", ""), e -> e.getMessage().setBody("hi"));

        assertNull(out.getException());
        assertEquals("hi", out.getMessage().getBody());
        assertNoTokenHeaders(out.getMessage());
    }

    @Test
    void negativeOrOverflowingTokenCountsOfAV1ChatAndOfEmbeddingsSetNoTokenHeaders() {
        respond("{\"text\":\"hi\",\"generation_id\":\"g\",\"finish_reason\":\"COMPLETE\",\"meta\":{\"billed_units\":"
                + "{\"input_tokens\":-5,\"output_tokens\":99999999999999999999}}}");
        respond("{\"id\":\"e\",\"embeddings\":{\"float\":[[0.5]]},\"meta\":{\"billed_units\":"
                + "{\"input_tokens\":-5,\"image_tokens\":99999999999999999999}}}");

        Exchange chat = template.request(uri("chat", "apiVersion=v1"), e -> e.getMessage().setBody("hi"));
        Exchange embed = template.request(uri("embed", ""), e -> e.getMessage().setBody("hi"));

        assertNull(chat.getException());
        assertNoTokenHeaders(chat.getMessage());
        assertNull(embed.getException());
        assertNoTokenHeaders(embed.getMessage());
    }

    @Test
    void aStreamAnsweredWithAnHtmlPageFailsNamingTheStatusAndContentType() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body("<html><title>Gateway login</title></html>").build());

        Exchange out = template.request(uri("chat", "stream=true"), e -> e.getMessage().setBody("hi"));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals(200, e.getStatusCode());
        assertTrue(e.getMessage().contains("HTTP 200 with Content-Type text/html"), e.getMessage());
        assertTrue(e.getMessage().contains("Gateway login"), e.getMessage());
        assertFalse(e.getMessage().contains("stream ended"), e.getMessage());
    }

    @Test
    void aV1StreamAnsweredWithJsonInsteadOfNdjsonFailsNamingTheContentType() {
        respond("{\"text\":\"not a stream\"}");

        Exchange out = template.request(uri("chat", "apiVersion=v1&stream=true"), e -> e.getMessage().setBody("hi"));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertTrue(e.getMessage().contains("application/json"), e.getMessage());
        assertTrue(e.getMessage().contains("application/stream+json"), "names what was expected: " + e.getMessage());
    }

    @Test
    void anErrorBodyEchoingTheApiKeyNeverShowsIt() {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"id\":\"e-1\",\"message\":\"invalid api token: " + KEY + "\"}").build());

        Exchange out = template.request(keyed("chat", "logHttp=true&maxRetries=0"),
                e -> e.getMessage().setBody("hi"));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals("invalid api token: ******", e.getProviderMessage());
        String everything = String.join("\n", e.getMessage(), e.toString(), trace(e));
        assertFalse(everything.contains(KEY), everything);
        assertTrue(logs.all().contains("invalid api token: ******"), "the error body was logged, masked");
        logs.assertNoSecret(KEY);
    }

    @Test
    void aBrokenStreamEchoingTheApiKeyNeverShowsIt() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("event: message-start\ndata: {\"type\":\"message-start\",\"id\":\"m\"}\n\n"
                        + "event: content-delta\ndata: {\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":"
                        + "{\"text\":\"Hel\"}}}}\n\n"
                        + "event: message-end\ndata: {\"type\":\"message-end\",\"delta\":{\"error\":"
                        + "\"key " + KEY + " is not allowed\"}}\n\n")
                .build());

        RuntimeCamelException[] thrown = new RuntimeCamelException[1];
        ChatStreams.read(context, keyed("chat", "stream=true&logHttp=true"), x -> x.getMessage().setBody("hi"),
                stream -> thrown[0] = assertThrows(RuntimeCamelException.class,
                        () -> stream.forEachRemaining(c -> {})));
        RuntimeCamelException broken = thrown[0];
        assertNotNull(broken, "the route read the stream and it failed");

        AiStreamException e = assertInstanceOf(AiStreamException.class, broken.getCause());
        assertEquals("Hel", e.getPartialText());
        String everything = String.join("\n", broken.toString(), e.getProviderMessage(), trace(broken));
        assertFalse(everything.contains(KEY), everything);
        assertTrue(e.getProviderMessage().contains("******"), e.getProviderMessage());
        logs.assertNoSecret(KEY);
    }
}
