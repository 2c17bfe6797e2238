package io.camelai.cohere.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of a {@code POST /v2/chat} answer (https://docs.cohere.com/reference/chat). */
public record V2ChatResponse(String id, String finishReason, Message message, Usage usage, List<JsonNode> logprobs) {

    /** The assistant message: content parts, tool plan, tool calls, citations. */
    public record Message(String role, List<ContentPart> content, String toolPlan, List<V2ToolCall> toolCalls,
            List<JsonNode> citations) {

        /** The text of the {@code text} content parts. */
        public String text() {
            if (content == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (ContentPart part : content) {
                if ("text".equals(part.type()) && part.text() != null) {
                    sb.append(part.text());
                }
            }
            return sb.toString();
        }
    }

    /** A content part: {@code text} ({@code text}) or {@code thinking} ({@code thinking}). */
    public record ContentPart(String type, String text, String thinking) {}

    /** Billed and actual token counts (numbers may be floats). */
    public record Usage(Tokens billedUnits, Tokens tokens, Double cachedTokens) {}

    public record Tokens(Double inputTokens, Double outputTokens, Double searchUnits, Double classifications,
            Double images, Double imageTokens) {}
}
