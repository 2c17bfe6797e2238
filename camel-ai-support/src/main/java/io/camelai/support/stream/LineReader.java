package io.camelai.support.stream;

import java.io.IOException;

import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads lines from a response body, one at a time, as they arrive. Accepts {@code \n} and {@code \r\n} endings and a
 * last line without one. A line longer than the limit fails with {@link MalformedStreamException} instead of growing
 * the buffer without bound, so a server that never sends a newline cannot exhaust memory.
 * <p>
 * Besides {@link #readLine()}, a reader can look at a line's bytes before taking any of it as text ({@link #next()},
 * {@link #buffer()}, {@link #take}, {@link #skip}): the SSE reader decodes only a field's value, never the line.
 */
public final class LineReader {

    private final BufferedSource source;
    private final long maxLineBytes;
    /** The bytes that end the line {@link #next()} found: 0 (end of stream), 1 ({@code \n}) or 2. */
    private int ending;

    public LineReader(BufferedSource source, long maxLineBytes) {
        this.source = source;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its ending, or null at the end of the stream. */
    public String readLine() throws IOException {
        long length = next();
        return length == -1 ? null : take(length, 0);
    }

    /**
     * Buffers the next line: it starts at offset 0 of {@link #buffer()}. Returns its length without the ending, or -1
     * at the end of the stream. Each line found is consumed by {@link #take} or {@link #skip} before the next call.
     */
    public long next() throws IOException {
        long newline = source.indexOf((byte) '\n', 0, maxLineBytes + 1);
        Buffer buffer = source.getBuffer();
        if (newline == -1) {
            long buffered = buffer.size();
            if (buffered > maxLineBytes) {
                throw new MalformedStreamException("line longer than " + maxLineBytes + " bytes");
            }
            if (buffered == 0) {
                return -1;
            }
            // the stream ended without a final newline
            boolean cr = buffer.getByte(buffered - 1) == '\r';
            ending = cr ? 1 : 0;
            return cr ? buffered - 1 : buffered;
        }
        boolean cr = newline > 0 && buffer.getByte(newline - 1) == '\r';
        ending = cr ? 2 : 1;
        return cr ? newline - 1 : newline;
    }

    /** What is buffered, the current line first: for looking at its bytes, never for reading. */
    public Buffer buffer() {
        return source.getBuffer();
    }

    /** The current line's text from {@code from} to its end; consumes the line and its ending. */
    public String take(long length, long from) throws IOException {
        source.skip(from);
        String text = source.readUtf8(length - from);
        source.skip(ending);
        return text;
    }

    /** Consumes the current line and its ending without decoding it. */
    public void skip(long length) throws IOException {
        source.skip(length + ending);
    }
}
