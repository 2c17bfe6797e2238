package io.camelai.support.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChunkType;
import io.camelai.support.json.AiJson;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recorded-traffic tests share: the wire tests' server ({@link WireTestSupport}) replaying
 * {@link Recording}s, JSON comparison by number value, and a stream reader that reads a ChatStream inside the
 * exchange that got it.
 */
public abstract class RecordedTrafficTestSupport extends WireTestSupport {

    /** Loads a fixture and queues all its responses. */
    protected Recording replay(String resource) {
        return Recording.load(resource).enqueueAll(server);
    }

    protected static JsonNode json(RecordedRequest r) {
        return body(r);
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
}
