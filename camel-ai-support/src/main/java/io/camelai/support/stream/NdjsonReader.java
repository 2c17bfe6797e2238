package io.camelai.support.stream;

import java.io.IOException;

import okio.BufferedSource;

/**
 * Reads newline-delimited JSON (Cohere v1 streaming, {@code application/stream+json}): one JSON document per line,
 * blank lines skipped. Returns the raw line; the provider parses it, so a bad line fails with the provider's context.
 */
public final class NdjsonReader {

    private final LineReader lines;

    public NdjsonReader(BufferedSource source) {
        this(source, SseEventReader.DEFAULT_MAX_EVENT_BYTES);
    }

    public NdjsonReader(BufferedSource source, long maxLineBytes) {
        this.lines = new LineReader(source, maxLineBytes);
    }

    /** The next non-blank line, or null at the end of the stream. */
    public String next() throws IOException {
        long length;
        while ((length = lines.next()) != -1) {
            if (length == 0) { // an empty line: nothing to decode
                lines.skip(0);
                continue;
            }
            String line = lines.take(length, 0);
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }
}
