package io.camelai.support.stream;

import java.io.IOException;

import okio.BufferedSource;

/**
 * Reads lines from a response body, one at a time, as they arrive. Accepts {@code \n} and {@code \r\n} endings and a
 * last line without one. A line longer than the limit fails with {@link MalformedStreamException} instead of growing
 * the buffer without bound, so a server that never sends a newline cannot exhaust memory.
 */
public final class LineReader {

    private final BufferedSource source;
    private final long maxLineBytes;

    public LineReader(BufferedSource source, long maxLineBytes) {
        this.source = source;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its ending, or null at the end of the stream. */
    public String readLine() throws IOException {
        long newline = source.indexOf((byte) '\n', 0, maxLineBytes + 1);
        if (newline == -1) {
            long buffered = source.getBuffer().size();
            if (buffered > maxLineBytes) {
                throw new MalformedStreamException("line longer than " + maxLineBytes + " bytes");
            }
            if (buffered == 0) {
                return null;
            }
            // the stream ended without a final newline
            return stripCr(source.readUtf8());
        }
        String line = source.readUtf8(newline);
        source.skip(1);
        return stripCr(line);
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
