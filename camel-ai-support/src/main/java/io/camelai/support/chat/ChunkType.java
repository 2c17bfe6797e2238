package io.camelai.support.chat;

/** What a streamed chunk carries. */
public enum ChunkType {
    /** A piece of the answer's text. */
    TEXT,
    /** A piece of a tool call (its id and name, or a fragment of its arguments). */
    TOOL_CALL,
    /** A citation of a document or tool result. */
    CITATION,
    /** The last chunk: finish reason and usage. */
    END
}
