package io.camelai.support.chat;

import java.util.Map;

import io.camelai.support.AiHeaders;
import org.apache.camel.Message;

/**
 * Writes a {@link ChatResult} as the output headers of a chat call; the same for a call and a stream's end. Only
 * output headers are written (never one a producer reads, such as {@code CamelAiModel}), and a value the provider
 * did not report removes what an earlier call of the route left in that header instead of leaving it stale.
 */
public final class ChatHeaders {

    private ChatHeaders() {}

    public static void apply(Message message, ChatResult result) {
        // a message that had no header has none of these to remove (their names are distinct)
        boolean clean = !message.hasHeaders();
        set(message, AiHeaders.RESPONSE_ID, result.responseId(), clean);
        set(message, AiHeaders.RESPONSE_MODEL, result.model(), clean);
        set(message, AiHeaders.FINISH_REASON, result.finishReason(), clean);
        set(message, AiHeaders.FINISH_REASON_RAW, result.finishReasonRaw(), clean);
        usage(message, result.usage(), clean);
        message.setHeader(AiHeaders.TOOL_CALLS, result.toolCalls());
        set(message, AiHeaders.CITATIONS, result.citations().isEmpty() ? null : result.citations(), clean);
        set(message, AiHeaders.RESPONSE, result.raw(), clean);
        for (Map.Entry<String, Object> h : result.headers().entrySet()) {
            if (h.getValue() == null) {
                message.removeHeader(h.getKey());
            } else {
                message.setHeader(h.getKey(), h.getValue());
            }
        }
    }

    /**
     * Writes the token usage headers of a call (chat, embed, ...): each count the provider reported, its
     * provider-specific counts under their own header names, and none of the token counts an earlier call left
     * behind ({@code usage} null: the provider reported none).
     */
    public static void usage(Message message, Usage usage) {
        usage(message, usage, false);
    }

    private static void usage(Message message, Usage usage, boolean clean) {
        set(message, AiHeaders.INPUT_TOKENS, usage == null ? null : usage.inputTokens(), clean);
        set(message, AiHeaders.OUTPUT_TOKENS, usage == null ? null : usage.outputTokens(), clean);
        set(message, AiHeaders.TOTAL_TOKENS, usage == null ? null : usage.totalTokens(), clean);
        if (usage != null) {
            usage.details().forEach(message::setHeader);
        }
    }

    /**
     * Sets the header, or removes it when the value is null: one lookup in the case-insensitive header map instead
     * of a removal followed by a put, and none for a null on a message that had no header ({@code clean}).
     */
    private static void set(Message message, String name, Object value, boolean clean) {
        if (value != null) {
            message.setHeader(name, value);
        } else if (!clean) {
            message.removeHeader(name);
        }
    }
}
