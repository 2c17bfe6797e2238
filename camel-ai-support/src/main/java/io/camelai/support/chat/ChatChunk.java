package io.camelai.support.chat;

/**
 * One piece of a streamed answer.
 * <p>
 * Providers create chunks with the static factories (no index yet). {@link ChatStream} numbers them from 0 and hands
 * them out as {@link ChunkMessage}s: Camel messages whose body is the text delta and whose headers are the chunk
 * headers ({@code CamelAiChunkIndex}, {@code CamelAiChunkType}, {@code CamelAiStreamEnd}, ...) plus copies of the
 * requesting exchange's headers, so {@code .split(body()).streaming()} gives each chunk exchange its headers.
 * <p>
 * The {@link ChunkType#END} chunk carries the final {@link ChatResult} (finish reason, usage, id, and the whole text
 * and tool calls assembled from the stream).
 */
public interface ChatChunk {

    /** 0-based position in the stream, or -1 before the stream numbered it. */
    int index();

    ChunkType type();

    /** The text delta: a piece of the answer for TEXT chunks, empty for the others. */
    String text();

    /** The tool-call fragment of a TOOL_CALL chunk, else null. */
    ToolCallDelta toolCall();

    /** The citation of a CITATION chunk (the provider's own citation object), else null. */
    Object citation();

    /** The final result, on the END chunk only. */
    ChatResult result();

    default boolean isEnd() {
        return type() == ChunkType.END;
    }

    static ChatChunk text(String delta) {
        return new Delta(ChunkType.TEXT, delta == null ? "" : delta, null, null, null);
    }

    static ChatChunk toolCall(ToolCallDelta delta) {
        return new Delta(ChunkType.TOOL_CALL, "", delta, null, null);
    }

    static ChatChunk citation(Object citation) {
        return new Delta(ChunkType.CITATION, "", null, citation, null);
    }

    /** The last chunk. {@code result} may leave text and tool calls unset: the stream fills in what it assembled. */
    static ChatChunk end(ChatResult result) {
        return new Delta(ChunkType.END, "", null, null, result);
    }

    /** A chunk as a provider emits it, before the stream numbers it. */
    record Delta(ChunkType type, String text, ToolCallDelta toolCall, Object citation, ChatResult result)
            implements
                ChatChunk {

        @Override
        public int index() {
            return -1;
        }
    }
}
