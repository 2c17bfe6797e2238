package io.camelai.support.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.support.json.AiJson;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;

/**
 * A fixture of recorded traffic ({@code src/test/resources/recorded/...}): where it comes from ({@code source}: the
 * repository, path and commit or the documentation URL) and its interactions, each a request as recorded and the
 * response to replay. A response is replayed as recorded: status and reason, every header (except the framing ones
 * the server sets itself), the exact body bytes (gzip ones too, from {@code bodyBase64}), and a chunked
 * transfer-encoding when the recording had one.
 * <p>
 * Fixture layout: {@code {"source": {...}, "interactions": [{"request": {"method", "uri", "headers": ["name: value"],
 * "body"}, "response": {"status", "reason", "headers": ["name: value"], "body" | "bodyBase64"}}]}}.
 */
public final class Recording {

    /** Headers that describe the connection or the framing; the mock server writes its own. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive");
    /** Chunk size of a replayed chunked body: small, so events straddle chunk boundaries as they can on the wire. */
    private static final int CHUNK_SIZE = 61;

    private final String resource;
    private final JsonNode source;
    private final List<Interaction> interactions = new ArrayList<>();

    private Recording(String resource, JsonNode root) {
        this.resource = resource;
        this.source = root.path("source");
        for (JsonNode i : root.path("interactions")) {
            interactions.add(new Interaction(this, interactions.size(), i));
        }
        if (interactions.isEmpty()) {
            throw new IllegalArgumentException(resource + " holds no interactions");
        }
    }

    /** Loads a fixture from the test classpath, e.g. {@code recorded/cohere/v2-chat.json}. */
    public static Recording load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource + " on the test classpath");
            }
            return new Recording(resource, AiJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + resource, e);
        }
    }

    public JsonNode source() {
        return source;
    }

    public int size() {
        return interactions.size();
    }

    public Interaction get(int index) {
        return interactions.get(index);
    }

    /** The single interaction of a one-exchange fixture. */
    public Interaction only() {
        if (interactions.size() != 1) {
            throw new IllegalStateException(this + " holds " + interactions.size() + " interactions, not one");
        }
        return interactions.get(0);
    }

    /** Queues every recorded response, in order. */
    public Recording enqueueAll(MockWebServer server) {
        interactions.forEach(i -> i.enqueue(server));
        return this;
    }

    /** A copy of a JSON object without the named top-level fields (the ones a component fills differently). */
    public static JsonNode without(JsonNode node, String... fields) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }

    @Override
    public String toString() {
        return resource + " (" + source.path("url").asText("no source") + ")";
    }

    /** One recorded exchange. */
    public static final class Interaction {
        private final Recording recording;
        private final int index;
        private final JsonNode request;
        private final JsonNode response;

        private Interaction(Recording recording, int index, JsonNode json) {
            this.recording = recording;
            this.index = index;
            this.request = json.path("request");
            this.response = json.path("response");
        }

        public String method() {
            return request.path("method").asText();
        }

        public String uri() {
            return request.path("uri").asText();
        }

        /** The request body as recorded, or null when the recording has none. */
        public String requestBody() {
            return request.hasNonNull("body") ? request.get("body").asText() : null;
        }

        /** The recorded request body parsed as JSON. */
        public JsonNode requestJson() {
            String body = requestBody();
            if (body == null) {
                throw new IllegalStateException(this + " recorded no request body");
            }
            return AiJson.readTree(body);
        }

        public int status() {
            return response.path("status").asInt();
        }

        /** The first value of a recorded response header (case-insensitive name), or null. */
        public String responseHeader(String name) {
            for (String[] h : headers(response)) {
                if (h[0].equalsIgnoreCase(name)) {
                    return h[1];
                }
            }
            return null;
        }

        /** The response body bytes exactly as recorded (compressed when the recording was). */
        public byte[] responseBytes() {
            if (response.hasNonNull("bodyBase64")) {
                return Base64.getDecoder().decode(response.get("bodyBase64").asText());
            }
            return response.path("body").asText("").getBytes(StandardCharsets.UTF_8);
        }

        /** The response body as text, decompressed when it was recorded gzip-encoded. */
        public String responseText() {
            byte[] bytes = responseBytes();
            if ("gzip".equalsIgnoreCase(responseHeader("content-encoding"))) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(this + ": the recorded gzip body does not inflate", e);
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode responseJson() {
            return AiJson.readTree(responseText());
        }

        /** The recorded response, ready for a MockWebServer. */
        public MockResponse toMockResponse() {
            String reason = response.path("reason").asText("");
            MockResponse.Builder b = new MockResponse.Builder()
                    .status("HTTP/1.1 " + status() + (reason.isEmpty() ? "" : " " + reason));
            boolean chunked = false;
            for (String[] h : headers(response)) {
                String name = h[0].toLowerCase(Locale.ROOT);
                if (name.equals("transfer-encoding") && h[1].toLowerCase(Locale.ROOT).contains("chunked")) {
                    chunked = true;
                }
                if (!FRAMING.contains(name)) {
                    b.addHeaderLenient(h[0], h[1]);
                }
            }
            Buffer body = new Buffer().write(responseBytes());
            return (chunked ? b.chunkedBody(body, CHUNK_SIZE) : b.body(body)).build();
        }

        public void enqueue(MockWebServer server) {
            server.enqueue(toMockResponse());
        }

        private static List<String[]> headers(JsonNode message) {
            List<String[]> out = new ArrayList<>();
            for (JsonNode h : message.path("headers")) {
                String line = h.asText();
                int colon = line.indexOf(':');
                out.add(new String[]{line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
            }
            return out;
        }

        @Override
        public String toString() {
            return recording + " interaction " + index;
        }
    }
}
