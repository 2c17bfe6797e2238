package io.camelai.cohere.chat;

import io.camelai.support.chat.FinishReason;

/** Cohere's finish reasons (v1 and v2) in the provider-neutral enum. */
final class CohereFinishReasons {

    private CohereFinishReasons() {}

    static FinishReason of(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw) {
            case "COMPLETE", "STOP_SEQUENCE" -> FinishReason.STOP;
            case "MAX_TOKENS", "ERROR_LIMIT" -> FinishReason.LENGTH;
            case "TOOL_CALL" -> FinishReason.TOOL_CALLS;
            case "ERROR_TOXIC" -> FinishReason.CONTENT_FILTER;
            case "ERROR" -> FinishReason.ERROR;
            default -> FinishReason.OTHER;
        };
    }

    /**
     * The v1 API ends a turn that asks for tools with {@code COMPLETE} (it has no TOOL_CALL reason): with tool calls,
     * a complete turn stopped for them. The same rule for a plain answer and a stream's end.
     */
    static FinishReason of(String raw, boolean toolCalls) {
        return toolCalls && (raw == null || "COMPLETE".equals(raw)) ? FinishReason.TOOL_CALLS : of(raw);
    }
}
