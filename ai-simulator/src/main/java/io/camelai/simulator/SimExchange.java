package io.camelai.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * One request to the simulator and the means to answer it: a JSON response, or a stream of server-sent events or
 * JSON lines, to which the request's fault (slow, drop, malformed) is applied event by event.
 */
public final class SimExchange {

    private final HttpExchange http;
    private final RecordedRequest request;
    private final Fault fault;
    private boolean responded;

    SimExchange(HttpExchange http, RecordedRequest request, Fault fault) {
        this.http = http;
        this.request = request;
        this.fault = fault;
    }

    public RecordedRequest request() {
        return request;
    }

    public String method() {
        return request.method();
    }

    public String path() {
        return request.path();
    }

    public String header(String name) {
        return request.header(name);
    }

    /** The decoded query parameters (first value of each). */
    public Map<String, String> query() {
        Map<String, String> out = new LinkedHashMap<>();
        String q = request.query();
        if (q == null || q.isEmpty()) {
            return out;
        }
        for (String pair : q.split("&")) {
            String[] kv = pair.split("=", 2);
            out.putIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    /** The request body as JSON, or null when it is empty or not JSON. */
    public JsonNode json() {
        return request.json();
    }

    public boolean responded() {
        return responded;
    }

    public void respondJson(int status, JsonNode body) throws IOException {
        respondJson(status, body, Map.of());
    }

    public void respondJson(int status, JsonNode body, Map<String, String> headers) throws IOException {
        respond(status, "application/json", SimJson.write(body).getBytes(StandardCharsets.UTF_8), headers);
    }

    public void respond(int status, String contentType, byte[] body, Map<String, String> headers)
            throws IOException {
        responded = true;
        http.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((k, v) -> http.getResponseHeaders().set(k, v));
        if (body.length == 0) {
            http.sendResponseHeaders(status, -1);
        } else {
            http.sendResponseHeaders(status, body.length);
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Starts a 200 streaming response with this content type; write events to the returned stream. */
    public EventStream stream(String contentType, Map<String, String> headers) throws IOException {
        responded = true;
        http.getResponseHeaders().set("Content-Type", contentType);
        http.getResponseHeaders().set("Cache-Control", "no-cache");
        headers.forEach((k, v) -> http.getResponseHeaders().set(k, v));
        http.sendResponseHeaders(200, 0);
        return new EventStream(http.getResponseBody(), fault);
    }

    /**
     * A response body written event by event, each flushed at once (so the client reads it as it is sent). The
     * request's fault is applied here: a delay before each event, a dropped connection or a malformed event after
     * the configured number of events.
     */
    public static final class EventStream {

        private final OutputStream out;
        private final Fault fault;
        private int events;

        EventStream(OutputStream out, Fault fault) {
            this.out = out;
            this.fault = fault;
        }

        /** {@code event: <name>\ndata: <data>\n\n} (no event line when name is null). */
        public void sse(String event, String data) throws IOException {
            beforeEvent();
            StringBuilder sb = new StringBuilder();
            if (event != null) {
                sb.append("event: ").append(event).append('\n');
            }
            for (String line : data.split("\n", -1)) {
                sb.append("data: ").append(line).append('\n');
            }
            sb.append('\n');
            write(sb.toString());
        }

        public void sse(String event, JsonNode data) throws IOException {
            sse(event, SimJson.write(data));
        }

        /** One JSON document on its own line (newline-delimited JSON). */
        public void line(JsonNode json) throws IOException {
            beforeEvent();
            write(SimJson.write(json) + "\n");
        }

        /** Writes raw text as one event, e.g. a provider's error body in the middle of a stream. */
        public void raw(String text) throws IOException {
            beforeEvent();
            write(text);
        }

        /** Ends the stream cleanly. */
        public void end() throws IOException {
            out.close();
        }

        private void beforeEvent() throws IOException {
            if (fault != null) {
                if (fault.kind() == Fault.Kind.SLOW) {
                    sleep(fault.delay());
                } else if (fault.kind() == Fault.Kind.DISCONNECT && events >= fault.afterEvents()) {
                    out.flush();
                    throw new AiSimulator.AbortConnection("simulated disconnect after " + events + " events");
                } else if (fault.kind() == Fault.Kind.MALFORMED && events == fault.afterEvents()) {
                    events++;
                    write("data: {\"this is\": not json\n\n{\"is_finished\": tru\n\n");
                }
            }
            events++;
        }

        private void write(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    static void sleep(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
