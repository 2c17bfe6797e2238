package io.camelai.support.stream;

import java.io.IOException;

import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Reads server-sent events one at a time on the caller's thread, per the WHATWG event-stream rules: {@code data:}
 * lines are joined with newlines, {@code event:} and {@code id:} are kept, comments and {@code retry:} are skipped,
 * an event ends at a blank line (or at the end of the stream).
 * <p>
 * OkHttp's {@code EventSource} pushes events from its own thread; a pull reader instead lets a lazy iterator read
 * exactly one event per {@code next()} and lets a slow consumer slow the read (back-pressure without a queue). Field
 * names are matched on the buffered bytes: only a field's value becomes a String, once.
 */
public final class SseEventReader {

    /** Default limit for one line and for one event's data: far above any provider chunk. */
    public static final long DEFAULT_MAX_EVENT_BYTES = 8L * 1024 * 1024;

    private static final ByteString DATA = ByteString.encodeUtf8("data");
    private static final ByteString EVENT = ByteString.encodeUtf8("event");
    private static final ByteString ID = ByteString.encodeUtf8("id");

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
        String data = null;
        StringBuilder moreLines = null; // only for an event of several data lines
        long length;
        while ((length = lines.next()) != -1) {
            if (length == 0) {
                lines.skip(0);
                if (data != null) {
                    return new SseEvent(event, moreLines != null ? moreLines.toString() : data, id);
                }
                // a blank line with no data dispatches nothing (spec); forget any event name seen
                event = null;
                continue;
            }
            Buffer line = lines.buffer();
            long colon = line.indexOf((byte) ':', 0, length);
            if (colon == 0) { // a comment
                lines.skip(length);
                continue;
            }
            long fieldLength = colon == -1 ? length : colon;
            long valueStart = colon == -1 ? length : colon + 1;
            if (valueStart < length && line.getByte(valueStart) == ' ') {
                valueStart++;
            }
            if (is(line, fieldLength, DATA)) {
                String value = lines.take(length, valueStart);
                if (data == null) {
                    data = value;
                } else {
                    if (moreLines == null) {
                        moreLines = new StringBuilder(data);
                    }
                    moreLines.append('\n').append(value);
                }
                if ((moreLines != null ? moreLines.length() : data.length()) > maxEventBytes) {
                    throw new MalformedStreamException("event data longer than " + maxEventBytes + " bytes");
                }
            } else if (is(line, fieldLength, EVENT)) {
                event = lines.take(length, valueStart);
            } else if (is(line, fieldLength, ID)) {
                id = lines.take(length, valueStart);
            } else {
                // "retry" and unknown fields are ignored, as the spec says
                lines.skip(length);
            }
        }
        // end of stream: a final event without its blank line is still delivered
        return data != null ? new SseEvent(event, moreLines != null ? moreLines.toString() : data, id) : null;
    }

    private static boolean is(Buffer line, long fieldLength, ByteString name) {
        return fieldLength == name.size() && line.rangeEquals(0, name);
    }
}
