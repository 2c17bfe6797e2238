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
        StringBuilder data = null;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new SseEvent(event, data.toString(), id);
                }
                // a blank line with no data dispatches nothing (spec); forget any event name seen
                event = null;
                continue;
            }
            if (line.charAt(0) == ':') {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon == -1 ? line : line.substring(0, colon);
            String value = colon == -1 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "data" -> {
                    if (data == null) {
                        data = new StringBuilder(value.length());
                    } else {
                        data.append('\n');
                    }
                    data.append(value);
                    if (data.length() > maxEventBytes) {
                        throw new MalformedStreamException("event data longer than " + maxEventBytes + " bytes");
                    }
                }
                case "event" -> event = value;
                case "id" -> id = value;
                default -> {
                    // "retry" and unknown fields are ignored, as the spec says
                }
            }
        }
        // end of stream: a final event without its blank line is still delivered
        return data != null ? new SseEvent(event, data.toString(), id) : null;
    }
}
