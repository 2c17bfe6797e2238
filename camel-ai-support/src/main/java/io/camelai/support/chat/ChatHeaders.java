package io.camelai.support.chat;

import java.util.Map;

import io.camelai.support.AiHeaders;
import org.apache.camel.Message;

/** Writes a {@link ChatResult} as the output headers DESIGN.md fixes; the same for a call and a stream's end. */
public final class ChatHeaders {

    private ChatHeaders() {
    }

    public static void apply(Message message, ChatResult result) {
        set(message, AiHeaders.RESPONSE_ID, result.responseId());
        set(message, AiHeaders.MODEL, result.model());
        set(message, AiHeaders.FINISH_REASON, result.finishReason());
        set(message, AiHeaders.FINISH_REASON_RAW, result.finishReasonRaw());
        usage(message, result.usage());
        message.setHeader(AiHeaders.TOOL_CALLS, result.toolCalls());
        if (!result.citations().isEmpty()) {
            message.setHeader(AiHeaders.CITATIONS, result.citations());
        }
        set(message, AiHeaders.RESPONSE, result.raw());
        for (Map.Entry<String, Object> h : result.headers().entrySet()) {
            message.setHeader(h.getKey(), h.getValue());
        }
    }

    /** The token headers of the counts the provider reported; an unknown count sets no header. */
    public static void usage(Message message, Usage usage) {
        if (usage != null) {
            set(message, AiHeaders.INPUT_TOKENS, usage.inputTokens());
            set(message, AiHeaders.OUTPUT_TOKENS, usage.outputTokens());
            set(message, AiHeaders.TOTAL_TOKENS, usage.totalTokens());
        }
    }

    private static void set(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
