package io.camelai.support.chat;

import java.io.Closeable;
import java.io.IOException;

/**
 * A provider's decoded stream, read one chunk at a time on the caller's thread. Each provider implements it over its
 * framing ({@code SseEventReader}, {@code NdjsonReader}); {@link RoundAssembler} assembles the text and tool calls,
 * {@link ChatStream} numbers the chunks and ends the stream.
 */
public interface ChatChunkSource extends Closeable {

    /**
     * The next chunk, or null after the {@link ChunkType#END} chunk. Every provider stream has an explicit end (a
     * final event, {@code [DONE]}, {@code is_end}); the source emits END when it reads it. A stream that stops before
     * its end returns null early, and {@link ChatStream} reports it as broken. Throws on a broken or malformed stream,
     * or on an error event.
     */
    ChatChunk next() throws IOException, io.camelai.support.AiHttpException;

    /** Cancels the HTTP call if it is still running and releases the connection. */
    @Override
    void close();
}
