package io.camelai.support.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChunkType;
import io.camelai.support.json.AiJson;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recorded-traffic tests share: a MockWebServer that replays {@link Recording}s (and answers 418 at once
 * when a test queued nothing, instead of hanging) and parses every JSON request body strictly
 * ({@link StrictJsonDispatcher}, verified after each test), readers for the requests that went out, and a stream
 * reader that reads a ChatStream inside the exchange that got it.
 */
public abstract class RecordedTrafficTestSupport extends CamelTestSupport {

    @StartStop
    protected final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(),
            new MockResponse.Builder().code(418)
                    .body("{\"message\":\"the test queued no recorded answer for this request\"}").build());

    @AfterEach
    protected void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    /** The mock server's base URL without the trailing slash. */
    protected String serverUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** Loads a fixture and queues all its responses. */
    protected Recording replay(String resource) {
        return Recording.load(resource).enqueueAll(server);
    }

    /** The next request the server received (fails when none arrived within two seconds). */
    protected RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
        assertNotNull(r, "no request reached the server");
        return r;
    }

    protected static JsonNode json(RecordedRequest r) {
        assertNotNull(r.getBody(), "the request has a body");
        return AiJson.readTree(r.getBody().utf8());
    }

    protected static JsonNode json(String text) {
        return AiJson.readTree(text);
    }

    /** A provider object (a citation, a response) as JSON, for comparing it with what was recorded. */
    protected static JsonNode tree(Object value) {
        return AiJson.mapper().valueToTree(value);
    }

    /** JSON equality in which numbers compare by value: {@code 0} and {@code 0.0} are the same number on the wire. */
    protected static void assertJson(JsonNode expected, JsonNode actual, String message) {
        if (!expected.equals(SAME_NUMBER, actual)) {
            assertEquals(expected, actual, message);
        }
    }

    private static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    protected void assertRequestCount(int expected) {
        assertEquals(expected, server.getRequestCount(), "requests that reached the server");
    }

    /** Every chunk of the stream {@code uri} answers {@code body} with, read in the route; the last is END. */
    protected List<ChatChunk> stream(String uri, Object body) throws Exception {
        return stream(uri, e -> e.getMessage().setBody(body));
    }

    /**
     * Every chunk of the stream {@code uri} answers the exchange {@code setup} prepares with, read inside that
     * exchange (a ChatStream closes with it); the last chunk is its END chunk.
     */
    protected List<ChatChunk> stream(String uri, Processor setup) throws Exception {
        List<ChatChunk> chunks = new ArrayList<>();
        Exchange out = ChatStreams.read(context, uri, setup, stream -> {
            try (stream) {
                stream.forEachRemaining(chunks::add);
            }
        });
        if (out.getException() != null) {
            throw out.getException();
        }
        assertTrue(!chunks.isEmpty() && chunks.get(chunks.size() - 1).type() == ChunkType.END,
                "the stream ends with its END chunk: " + chunks);
        return chunks;
    }

    /** The text deltas of a stream's TEXT chunks, joined. */
    protected static String text(List<ChatChunk> chunks) {
        StringBuilder out = new StringBuilder();
        chunks.stream().filter(c -> c.type() == ChunkType.TEXT).forEach(c -> out.append(c.text()));
        return out.toString();
    }

    protected static List<ChatChunk> ofType(List<ChatChunk> chunks, ChunkType type) {
        return chunks.stream().filter(c -> c.type() == type).toList();
    }

    protected static ChatChunk end(List<ChatChunk> chunks) {
        return chunks.get(chunks.size() - 1);
    }

    /** The messages of an exception and its causes, for checking what a failure names. */
    protected static String messages(Throwable t) {
        List<String> out = new ArrayList<>();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.add(String.valueOf(c.getMessage()));
        }
        return String.join(" <- ", out);
    }
}
