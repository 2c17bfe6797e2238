package io.camelai.support;

import org.apache.camel.spi.Metadata;

/**
 * The headers every component of this project shares. Each component's headers class implements this interface, so
 * Camel's tooling lists these headers for every scheme.
 * <p>
 * Every header is either an input (label {@link #INPUT}: a producer reads it) or an output (label {@link #OUTPUT}: a
 * producer or a stream writes it), never both: a producer never writes a header that it or another endpoint reads,
 * so in {@code chat?model=A -> embed?model=B} the embed call still uses model B.
 */
public interface AiHeaders {

    /** The label of a header a producer reads (a per-exchange input). */
    String INPUT = "producer,input";
    /** The label of a header a producer writes (an output of the call). */
    String OUTPUT = "producer,output";
    /** The label of a header every chunk of a stream carries. */
    String CHUNK_OUTPUT = "producer,consumer,output";

    // ---- input: per-exchange overrides of endpoint options

    @Metadata(label = INPUT, description = "The model to call, overriding the endpoint's model option. No producer"
            + " writes it: the model that answered is in CamelAiResponseModel.", javaType = "String")
    String MODEL = "CamelAiModel";

    @Metadata(label = INPUT, description = "The user message for this exchange, as a literal text (never evaluated),"
            + " taking precedence over the endpoint's userMessage option and the body; the body then stays as it is"
            + " until the answer replaces it.", javaType = "String")
    String USER_MESSAGE = "CamelAiUserMessage";

    @Metadata(label = INPUT, description = "A system instruction for this exchange (Cohere v1 preamble, Qianfan"
            + " system, a leading system message elsewhere), taking precedence over the systemMessage,"
            + " preamble and system options; a system message the request already has wins.", javaType = "String")
    String SYSTEM_MESSAGE = "CamelAiSystemMessage";

    @Metadata(label = INPUT, description = "The sampling temperature for this exchange, overriding the endpoint's"
            + " temperature option; checked against the provider's range.", javaType = "Double")
    String TEMPERATURE = "CamelAiTemperature";

    @Metadata(label = INPUT, description = "The maximum number of tokens to generate for this exchange.", javaType = "Integer")
    String MAX_TOKENS = "CamelAiMaxTokens";

    @Metadata(label = INPUT, description = "Tool definitions for this exchange, offered to the model with the"
            + " endpoint's tools. They never run anything in the automatic tool loop"
            + " (a header grants no capability): run them with toolExecution=manual"
            + " and the ToolCalls EIP.", javaType = "java.util.List<io.camelai.support.chat.ToolDefinition>")
    String TOOLS = "CamelAiTools";

    @Metadata(label = INPUT, description = "Per-exchange overrides of this endpoint's model request parameters, by"
            + " option name (e.g. {\"temperature\": 0.2, \"stopSequences\":"
            + " [\"END\"]}): sampling, lengths, formats and model. Never tools,"
            + " tool execution, streaming, batching, retries, timeouts,"
            + " credentials or URLs; jsonSchema only as inline JSON. Values are"
            + " converted, never resolved (no placeholders or bean references)."
            + " Checked like the options themselves; a header that is not a Map,"
            + " an unknown name or an option that cannot change per exchange"
            + " fails the exchange before any call.", javaType = "java.util.Map<String, Object>")
    String OPTIONS = "CamelAiOptions";

    @Metadata(label = INPUT, description = "True: the endpoint's conversation memory forgets this exchange's"
            + " conversation (the key its memoryKey expression gives) before the call, which then starts a new"
            + " one.", javaType = "Boolean")
    String MEMORY_RESET = "CamelAiMemoryReset";

    @Metadata(label = INPUT, description = "The media type of a byte array or InputStream body (else Content-Type is"
            + " used): image/png, image/jpeg, image/gif or image/webp make the"
            + " body an image of the user message. It only labels the body:"
            + " nothing is loaded from a header.", javaType = "String")
    String MEDIA_TYPE = "CamelAiMediaType";

    // ---- output of a call

    @Metadata(label = OUTPUT, description = "The model that answered, as the provider reported it (or, where the"
            + " response does not say, the model called).", javaType = "String")
    String RESPONSE_MODEL = "CamelAiResponseModel";

    @Metadata(label = OUTPUT, description = "The provider's id of the response.", javaType = "String")
    String RESPONSE_ID = "CamelAiResponseId";

    @Metadata(label = OUTPUT, description = "Why the model stopped.", javaType = "io.camelai.support.chat.FinishReason", enums = "STOP,LENGTH,TOOL_CALLS,CONTENT_FILTER,ERROR,OTHER")
    String FINISH_REASON = "CamelAiFinishReason";

    @Metadata(label = OUTPUT, description = "The provider's own finish reason string.", javaType = "String")
    String FINISH_REASON_RAW = "CamelAiFinishReasonRaw";

    @Metadata(label = OUTPUT, description = "Input (prompt) tokens the provider counted. After an automatic"
            + " tool loop: the sum over all its model calls (absent only when no"
            + " call reported it).", javaType = "Long")
    String INPUT_TOKENS = "CamelAiInputTokens";

    @Metadata(label = OUTPUT, description = "Output (completion) tokens the provider counted; summed over"
            + " the calls of a tool loop like CamelAiInputTokens.", javaType = "Long")
    String OUTPUT_TOKENS = "CamelAiOutputTokens";

    @Metadata(label = OUTPUT, description = "Total tokens of the call; summed over the calls of a tool loop"
            + " like CamelAiInputTokens.", javaType = "Long")
    String TOTAL_TOKENS = "CamelAiTotalTokens";

    @Metadata(label = OUTPUT, description = "The tool calls the model asked for (id, name, JSON arguments).", javaType = "java.util.List<io.camelai.support.chat.ToolCall>")
    String TOOL_CALLS = "CamelAiToolCalls";

    @Metadata(label = OUTPUT, description = "Citations, where the provider returns them (the provider's own"
            + " citation objects).", javaType = "java.util.List<Object>")
    String CITATIONS = "CamelAiCitations";

    @Metadata(label = OUTPUT, description = "The parsed provider response object.", javaType = "Object")
    String RESPONSE = "CamelAiResponse";

    @Metadata(label = OUTPUT, description = "The conversation after the call: the input messages, each assistant"
            + " turn and tool result of a tool loop, and the model's last"
            + " message. ToolCalls.route() appends tool results to it; send it"
            + " as the body of the next chat call to continue.", javaType = "java.util.List<io.camelai.support.chat.ChatMessage>")
    String CONVERSATION = "CamelAiConversation";

    @Metadata(label = OUTPUT, description = "How many model calls an automatic tool loop made.", javaType = "Integer")
    String MODEL_CALLS = "CamelAiModelCalls";

    @Metadata(label = OUTPUT, description = "With outputClass or outputType=json: the model's answer as text, before"
            + " it was parsed into the body (set also when it does not parse).", javaType = "String")
    String RAW_ANSWER = "CamelAiRawAnswer";

    // ---- streaming

    @Metadata(label = CHUNK_OUTPUT, description = "The 0-based position of a chunk in its stream.", javaType = "Integer")
    String CHUNK_INDEX = "CamelAiChunkIndex";

    @Metadata(label = CHUNK_OUTPUT, description = "What a chunk carries.", javaType = "io.camelai.support.chat.ChunkType", enums = "TEXT,TOOL_CALL,CITATION,END")
    String CHUNK_TYPE = "CamelAiChunkType";

    @Metadata(label = CHUNK_OUTPUT, description = "True on the last chunk of a stream, which also carries the"
            + " finish reason and usage headers.", javaType = "Boolean")
    String STREAM_END = "CamelAiStreamEnd";

    @Metadata(label = CHUNK_OUTPUT, description = "The id of the exchange that started the stream, on every"
            + " chunk of it.", javaType = "String")
    String STREAM_ID = "CamelAiStreamId";

    @Metadata(label = CHUNK_OUTPUT, description = "The fragment of a streamed tool call (index, id, name, a"
            + " piece of the arguments) on a TOOL_CALL chunk.", javaType = "io.camelai.support.chat.ToolCallDelta")
    String TOOL_CALL_DELTA = "CamelAiToolCallDelta";

    @Metadata(label = OUTPUT, description = "When a stream breaks: the text received before the break.", javaType = "String")
    String PARTIAL_TEXT = "CamelAiPartialText";
}
