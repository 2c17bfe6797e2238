package io.camelai.cohere.chat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereUsage;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.json.AiJson;

/**
 * Reads a v1 chat response, the body of a plain call or a stream's {@code stream-end}
 * (https://docs.cohere.com/v1/reference/chat). A turn that asks for tools has its plan as {@code text}.
 */
final class CohereV1Responses {

    private CohereV1Responses() {}

    static ChatResult.Builder result(JsonNode r) {
        String finish = r.hasNonNull("finish_reason") ? r.get("finish_reason").asText() : null;
        List<ToolCall> calls = toolCalls(r.path("tool_calls"), r.path("generation_id").asText("call"));
        ChatResult.Builder b = ChatResult.builder()
                .text(r.path("text").asText(""))
                .responseId(r.hasNonNull("response_id")
                        ? r.get("response_id").asText()
                        : r.path("generation_id").asText(null))
                .finishReason(CohereFinishReasons.of(finish, !calls.isEmpty()))
                .finishReasonRaw(finish)
                .usage(CohereUsage.of(r.get("meta")))
                .toolCalls(calls)
                .raw(r);
        List<Object> citations = new ArrayList<>();
        r.path("citations").forEach(citations::add);
        b.citations(citations);
        // set even when absent (null): an exchange that went through an earlier call must not keep its values
        b.header(CohereConstants.TOOL_PLAN, calls.isEmpty() ? null : r.path("text").asText(null));
        b.header(CohereConstants.SEARCH_QUERIES, r.hasNonNull("search_queries") ? r.get("search_queries") : null);
        b.header(CohereConstants.RESPONSE_DOCUMENTS, r.path("documents").size() > 0 ? r.get("documents") : null);
        warnings(r.path("meta"), b);
        return b;
    }

    /** v1 tool calls have no id: the generation id and the call's position name it. */
    static List<ToolCall> toolCalls(JsonNode calls, String generationId) {
        List<ToolCall> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : calls) {
            out.add(new ToolCall(generationId + "-" + i++, c.path("name").asText(),
                    AiJson.writeString(c.path("parameters"))));
        }
        return out;
    }

    static void warnings(JsonNode meta, ChatResult.Builder b) {
        List<String> warnings = new ArrayList<>();
        meta.path("warnings").forEach(w -> warnings.add(w.asText()));
        b.header(CohereConstants.WARNINGS, warnings.isEmpty() ? null : warnings);
    }
}
