package io.camelai.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * The baseline: the least a hand-written client does for the same call with OkHttp and Jackson (serialise the
 * request, send it, parse the answer; for a stream, read the SSE lines and parse each event).
 */
final class RawCohere {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient http;
    private final String url;

    RawCohere(OkHttpClient http, String baseUrl) {
        this.http = http;
        this.url = baseUrl + "/v2/chat";
    }

    private Request request(String text, boolean stream, Map<String, String> headers) throws IOException {
        Map<String, Object> body = Map.of("model", "command-a-03-2025", "stream", stream,
                "messages", List.of(Map.of("role", "user", "content", text)));
        Request.Builder b = new Request.Builder().url(url).header("Authorization", "Bearer bench-key")
                .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON));
        headers.forEach(b::header);
        return b.build();
    }

    String chat(String text) throws IOException {
        try (Response r = http.newCall(request(text, false, Map.of())).execute()) {
            if (!r.isSuccessful()) {
                throw new IOException("HTTP " + r.code());
            }
            JsonNode json = MAPPER.readTree(r.body().byteStream());
            return json.at("/message/content/0/text").asText();
        }
    }

    /** Reads a whole stream; calls {@code onChunk} per text delta; returns the number of text chunks. */
    int stream(String text, Map<String, String> headers, Runnable onChunk) throws IOException {
        int chunks = 0;
        try (Response r = http.newCall(request(text, true, headers)).execute()) {
            if (!r.isSuccessful()) {
                throw new IOException("HTTP " + r.code());
            }
            BufferedSource source = r.body().source();
            String line;
            while ((line = source.readUtf8Line()) != null) {
                if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
                    JsonNode event = MAPPER.readTree(line.substring(6));
                    if ("content-delta".equals(event.path("type").asText())) {
                        chunks++;
                        onChunk.run();
                    }
                }
            }
        }
        return chunks;
    }
}
