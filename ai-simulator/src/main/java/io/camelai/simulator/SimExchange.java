package io.camelai.simulator;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * One request to the simulator and the means to answer it: a JSON response, or a stream of server-sent events or
 * JSON lines, to which the request's fault (slow, drop, malformed) is applied event by event. Header names go out
 * exactly as written here ({@code Content-Type}, {@code x-debug-trace-id}).
 */
public final class SimExchange {

    private final Request http;
    private final Response response;
    private final Callback callback;
    private final RecordedRequest request;
    private final Fault fault;
    private final Scheduler scheduler;
    private final Executor executor;
    private final BooleanSupplier outlivedAReset;
    private boolean responded;
    private EventWriter writer;
    private SimQuota quota;
    private SimQuota.Decision admission;
    private Map<String, String> rateLimitHeaders = Map.of();

    SimExchange(Request http, Response response, Callback callback, RecordedRequest request, Fault fault,
            Scheduler scheduler, Executor executor, BooleanSupplier outlivedAReset) {
        this.http = http;
        this.response = response;
        this.callback = callback;
        this.request = request;
        this.fault = fault;
        this.scheduler = scheduler;
        this.executor = executor;
        this.outlivedAReset = outlivedAReset;
    }

    /** This call was admitted by the quota: its answers carry these rate-limit headers and its tokens count. */
    void metered(SimQuota quota, SimQuota.Decision admission, Map<String, String> rateLimitHeaders) {
        this.quota = quota;
        this.admission = admission;
        this.rateLimitHeaders = rateLimitHeaders;
    }

    /**
     * Counts the simulator's tokens of this call (input plus output; for embeddings the input) against the quota, if
     * one is set.
     */
    public void countTokens(long tokens) {
        if (quota != null) {
            quota.charge(tokens, admission);
        }
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
        response.setStatus(status);
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, contentType);
        rateLimitHeaders.forEach(h::put);
        headers.forEach(h::put);
        h.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        Duration wait = headerDelay();
        if (wait.isZero()) {
            response.write(true, ByteBuffer.wrap(body), callback);
        } else {
            scheduler.schedule(() -> executor.execute(() -> {
                if (outlivedAReset.getAsBoolean()) {
                    answerReset(response, callback);
                } else {
                    response.write(true, ByteBuffer.wrap(body), callback);
                }
            }), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * What a slow answer still waiting when the simulator was reset gets instead of its answer: its caller gave up
     * in an earlier test, and the next test's client (on a reused connection) must not read it.
     */
    static void answerReset(Response response, Callback callback) {
        byte[] body = SimJson.write(SimJson.object().put("message", "the simulator was reset while this request"
                + " waited")).getBytes(StandardCharsets.UTF_8);
        response.setStatus(503);
        HttpFields.Mutable h = response.getHeaders();
        h.clear();
        h.put(HttpHeader.CONTENT_TYPE, "application/json");
        h.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** A slow fault's wait before the status line and headers (a timer: no thread waits). */
    private Duration headerDelay() {
        return fault != null && fault.kind() == Fault.Kind.SLOW ? fault.delay() : Duration.ZERO;
    }

    /** Starts a 200 streaming response with this content type (headers sent at once); write events to the result. */
    public EventStream stream(String contentType, Map<String, String> headers) throws IOException {
        responded = true;
        response.setStatus(200);
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, contentType);
        h.put(HttpHeader.CACHE_CONTROL, "no-cache");
        rateLimitHeaders.forEach(h::put);
        headers.forEach(h::put);
        writer = new EventWriter(http, response, callback, scheduler, executor, outlivedAReset);
        writer.commit(headerDelay());
        return new EventStream(writer, fault);
    }

    /** Drops the connection: before a response, the client gets none; during a stream, the stream breaks. */
    void abort() {
        if (writer != null) {
            writer.abort();
        } else {
            responded = true;
            EventWriter.closeConnection(http);
            callback.failed(new AiSimulator.AbortConnection("simulated connection reset"));
        }
    }

    /**
     * A response body written event by event, each its own flushed chunk, in order (so the client reads each event
     * as it is sent). The request's fault is applied here: a delay before each event, a dropped connection or a
     * malformed event after the configured number of events.
     */
    public static final class EventStream {

        private final EventWriter out;
        private final Fault fault;
        private int events;

        EventStream(EventWriter out, Fault fault) {
            this.out = out;
            this.fault = fault;
        }

        /** {@code event: <name>\ndata: <data>\n\n} (no event line when name is null). */
        public void sse(String event, String data) throws IOException {
            Duration delay = beforeEvent();
            StringBuilder sb = new StringBuilder();
            if (event != null) {
                sb.append("event: ").append(event).append('\n');
            }
            for (String line : data.split("\n", -1)) {
                sb.append("data: ").append(line).append('\n');
            }
            sb.append('\n');
            write(sb.toString(), delay);
        }

        public void sse(String event, JsonNode data) throws IOException {
            sse(event, SimJson.write(data));
        }

        /** One JSON document on its own line (newline-delimited JSON). */
        public void line(JsonNode json) throws IOException {
            write(SimJson.write(json) + "\n", beforeEvent());
        }

        /** Writes raw text as one event, e.g. a provider's error body in the middle of a stream. */
        public void raw(String text) throws IOException {
            write(text, beforeEvent());
        }

        /** Ends the stream cleanly. */
        public void end() throws IOException {
            out.end();
        }

        /** The delay before the next event; queues the fault's drop or malformed event when its turn comes. */
        private Duration beforeEvent() {
            Duration delay = Duration.ZERO;
            if (fault != null) {
                if (fault.kind() == Fault.Kind.SLOW) {
                    delay = fault.delay();
                } else if (fault.kind() == Fault.Kind.DISCONNECT && events >= fault.afterEvents()) {
                    out.abort();
                    throw new AiSimulator.AbortConnection("simulated disconnect after " + events + " events");
                } else if (fault.kind() == Fault.Kind.MALFORMED && events == fault.afterEvents()) {
                    events++;
                    write("data: {\"this is\": not json\n\n{\"is_finished\": tru\n\n", Duration.ZERO);
                }
            }
            events++;
            return delay;
        }

        private void write(String s, Duration delay) {
            out.data(s.getBytes(StandardCharsets.UTF_8), delay);
        }
    }
}
