package io.camelai.support.tools;

import io.camelai.support.AiHeaders;
import org.apache.camel.spi.Metadata;

/** The headers an {@code llm-tool-calls} endpoint reads and writes: those a chat endpoint leaves and reads. */
public final class LlmToolCallsConstants {

    public static final String SCHEME = "llm-tool-calls";

    @Metadata(label = "producer,input", description = "The model's tool calls to run, as a chat endpoint with"
            + " toolExecution=manual leaves them; removed once they ran.", javaType = "List<ToolCall>")
    public static final String TOOL_CALLS = AiHeaders.TOOL_CALLS;

    @Metadata(label = "producer,output", description = "The conversation with one tool message per call appended,"
            + " also set as the body for the next chat call. The conversation so far is read from this header when a"
            + " chat endpoint set it, else from the List body (ChatMessage elements or maps of {role, content}).", javaType = "List<ChatMessage>")
    public static final String CONVERSATION = AiHeaders.CONVERSATION;

    private LlmToolCallsConstants() {}
}
