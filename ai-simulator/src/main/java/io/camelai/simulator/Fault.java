package io.camelai.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the simulator injects into the next matching request(s). Queue them with {@link AiSimulator#fault}; each
 * applies {@link #times(int)} times (once by default) to requests whose path starts with {@link #onPath(String)}.
 */
public final class Fault {

    /** What goes wrong. */
    public enum Kind {
        /** An HTTP error status with the provider's error body (and optional Retry-After headers). */
        STATUS,
        /** A provider error code with the provider's usual status (Qianfan: HTTP 200 and error_code). */
        PROVIDER_ERROR,
        /** The connection is closed before any response. */
        RESET,
        /** A stream breaks (the connection drops) after a number of events. */
        DISCONNECT,
        /** A stream sends a malformed event after a number of events. */
        MALFORMED,
        /** The response waits before its headers and between stream events. */
        SLOW
    }

    private final Kind kind;
    private int status;
    private String code;
    private String message;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int afterEvents;
    private Duration delay = Duration.ZERO;
    private int times = 1;
    private String pathPrefix = "/";

    private Fault(Kind kind) {
        this.kind = kind;
    }

    /** An HTTP error, e.g. {@code Fault.status(429).retryAfterSeconds(1)}. */
    public static Fault status(int status) {
        Fault f = new Fault(Kind.STATUS);
        f.status = status;
        return f;
    }

    /**
     * A provider error code: Qianfan's {@code error_code} (sent with HTTP 200), Azure's {@code error.code} (with
     * {@code status}, e.g. {@code content_filter} with 400).
     */
    public static Fault providerError(String code, String message) {
        Fault f = new Fault(Kind.PROVIDER_ERROR);
        f.code = code;
        f.message = message;
        return f;
    }

    /** The connection closes without a response. */
    public static Fault reset() {
        return new Fault(Kind.RESET);
    }

    /** The stream's connection drops after {@code events} events. */
    public static Fault disconnectAfter(int events) {
        Fault f = new Fault(Kind.DISCONNECT);
        f.afterEvents = events;
        return f;
    }

    /** The stream sends an unparseable event after {@code events} good ones. */
    public static Fault malformedAfter(int events) {
        Fault f = new Fault(Kind.MALFORMED);
        f.afterEvents = events;
        return f;
    }

    /** The response waits {@code delay} before its headers and between stream events. */
    public static Fault slow(Duration delay) {
        Fault f = new Fault(Kind.SLOW);
        f.delay = delay;
        return f;
    }

    public Fault retryAfterSeconds(long seconds) {
        return header("Retry-After", Long.toString(seconds));
    }

    public Fault retryAfterMillis(long millis) {
        return header("retry-after-ms", Long.toString(millis));
    }

    public Fault header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The error message in the provider's error body. */
    public Fault message(String message) {
        this.message = message;
        return this;
    }

    /** The provider error code in the error body. */
    public Fault code(String code) {
        this.code = code;
        return this;
    }

    /** How many requests this fault applies to. */
    public Fault times(int times) {
        this.times = times;
        return this;
    }

    /** Only requests whose path starts with this prefix (default: all). */
    public Fault onPath(String prefix) {
        this.pathPrefix = prefix;
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public int afterEvents() {
        return afterEvents;
    }

    public Duration delay() {
        return delay;
    }

    int times() {
        return times;
    }

    String pathPrefix() {
        return pathPrefix;
    }

    /**
     * Reads a fault from the {@code X-Simulator-Fault} request header, e.g. {@code status=429;retry-after=1},
     * {@code disconnect=3}, {@code malformed=2}, {@code slow=200} (ms), {@code reset},
     * {@code error=336100;message=busy}.
     */
    static Fault parse(String spec) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : spec.split(";")) {
            String[] p = part.trim().split("=", 2);
            kv.put(p[0].trim().toLowerCase(), p.length > 1 ? p[1].trim() : "");
        }
        Fault f;
        if (kv.containsKey("status")) {
            f = status(Integer.parseInt(kv.get("status")));
        } else if (kv.containsKey("error")) {
            f = providerError(kv.get("error"), kv.getOrDefault("message", "simulated error"));
        } else if (kv.containsKey("disconnect")) {
            f = disconnectAfter(Integer.parseInt(kv.get("disconnect")));
        } else if (kv.containsKey("malformed")) {
            f = malformedAfter(Integer.parseInt(kv.get("malformed")));
        } else if (kv.containsKey("slow")) {
            f = slow(Duration.ofMillis(Long.parseLong(kv.get("slow"))));
        } else if (kv.containsKey("reset")) {
            f = reset();
        } else {
            throw new IllegalArgumentException("Unknown X-Simulator-Fault: " + spec);
        }
        if (kv.containsKey("retry-after")) {
            f.retryAfterSeconds(Long.parseLong(kv.get("retry-after")));
        }
        if (kv.containsKey("retry-after-ms")) {
            f.retryAfterMillis(Long.parseLong(kv.get("retry-after-ms")));
        }
        if (kv.containsKey("message")) {
            f.message(kv.get("message"));
        }
        if (kv.containsKey("code")) {
            f.code(kv.get("code"));
        }
        return f;
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (status > 0 ? " " + status : "") + (code != null ? " code=" + code : "")
                + (afterEvents > 0 ? " after=" + afterEvents : "") + " times=" + times + " path=" + pathPrefix + "]";
    }
}
