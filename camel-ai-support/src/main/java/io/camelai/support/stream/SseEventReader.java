package io.camelai.support.stream;

import java.io.IOException;

import okio.BufferedSource;

/**
 * Reads server-sent events one at a time on the caller's thread, per the WHATWG event-stream rules: {@code data:}
 * lines are joined with newlines, {@code event:} and {@code id:} are kept, comments and {@code retry:} are skipped,
 * an event ends at a blank line (or at the end of the stream).
 * <p>
 * OkHttp's {@code EventSource} pushes events from its own thread; a pull reader instead lets a lazy iterator read
 * exactly one event per {@code next()} and lets a slow consumer slow the read (back-pressure without a queue).
 */
public final class SseEventReader {

    /** Default limit for one line and for one event's data: far above any provider chunk. */
    public static final long DEFAULT_MAX_EVENT_BYTES = 8L * 1024 * 1024;

    private final LineReader lines;
    private final long maxEventBytes;

    public SseEventReader(BufferedSource source) {
        this(source, DEFAULT_MAX_EVENT_BYTES);
    }

    public SseEventReader(BufferedSource source, long maxEventBytes) {
        this.lines = new LineReader(source, maxEventBytes);
        this.maxEventBytes = maxEventBytes;
    }

    /** The next event with data, or null at the end of the stream. */
    public SseEvent next() throws IOException {
        String event = null;
        String id = null;
        // most events have one data line: it is kept as read, a StringBuilder joins only the second and later ones
        String data = null;
        StringBuilder joined = null;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new SseEvent(event, joined != null ? joined.toString() : data, id);
                }
                // a blank line with no data dispatches nothing (spec); forget any event name seen
                event = null;
                continue;
            }
            if (line.charAt(0) == ':') {
                continue;
            }
            int colon = line.indexOf(':');
            int fieldEnd = colon == -1 ? line.length() : colon;
            if (isField(line, fieldEnd, "data")) {
                String value = value(line, colon);
                if (data == null) {
                    data = value;
                } else {
                    if (joined == null) {
                        joined = new StringBuilder(data);
                    }
                    joined.append('\n').append(value);
                }
                if ((joined != null ? joined.length() : data.length()) > maxEventBytes) {
                    throw new MalformedStreamException("event data longer than " + maxEventBytes + " bytes");
                }
            } else if (isField(line, fieldEnd, "event")) {
                event = value(line, colon);
            } else if (isField(line, fieldEnd, "id")) {
                id = value(line, colon);
            }
            // "retry" and unknown fields are ignored, as the spec says
        }
        // end of stream: a final event without its blank line is still delivered
        return data != null ? new SseEvent(event, joined != null ? joined.toString() : data, id) : null;
    }

    private static boolean isField(String line, int fieldEnd, String name) {
        return fieldEnd == name.length() && line.startsWith(name);
    }

    /** The value after the colon without its one optional leading space; empty for a line without a colon. */
    private static String value(String line, int colon) {
        if (colon == -1) {
            return "";
        }
        int start = colon + 1;
        if (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return line.substring(start);
    }
}
