package io.camelai.support.chat;

import java.util.Map;

import io.camelai.support.AiHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.support.DefaultMessage;

/**
 * A numbered chunk as a Camel message: the text delta as body, the chunk headers, and copies of the headers of the
 * exchange that started the stream. The END chunk also carries the headers of a non-streaming call.
 */
public final class ChunkMessage extends DefaultMessage implements ChatChunk {

    private final int index;
    private final ChunkType type;
    private final String text;
    private final ToolCallDelta toolCall;
    private final Object citation;
    private final ChatResult result;

    ChunkMessage(CamelContext context, int index, ChatChunk chunk, Map<String, Object> baseHeaders, String streamId) {
        super(context);
        this.index = index;
        this.type = chunk.type();
        this.text = chunk.text();
        this.toolCall = chunk.toolCall();
        this.citation = chunk.citation();
        this.result = chunk.result();
        if (baseHeaders != null) {
            getHeaders().putAll(baseHeaders);
        }
        setHeader(AiHeaders.STREAM_ID, streamId);
        setHeader(AiHeaders.CHUNK_INDEX, index);
        setHeader(AiHeaders.CHUNK_TYPE, type);
        setHeader(AiHeaders.STREAM_END, type == ChunkType.END);
        if (toolCall != null) {
            setHeader(AiHeaders.TOOL_CALL_DELTA, toolCall);
        }
        if (citation != null) {
            setHeader(AiHeaders.CITATIONS, java.util.List.of(citation));
        }
        if (chunk.result() != null) {
            ChatHeaders.apply(this, chunk.result());
        }
        setBody(text);
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public ChunkType type() {
        return type;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public ToolCallDelta toolCall() {
        return toolCall;
    }

    @Override
    public Object citation() {
        return citation;
    }

    @Override
    public ChatResult result() {
        return result;
    }

    @Override
    public String toString() {
        return "ChatChunk[" + index + " " + type + (text.isEmpty() ? "" : " '" + text + "'") + "]";
    }
}
