package io.camelai.cohere.chat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConstants;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.Usage;
import io.camelai.support.json.AiJson;

/** Reads a v1 chat response (WIRE-FORMATS.md 1.3), the body of a plain call or a stream's {@code stream-end}. */
final class CohereV1Responses {

    private CohereV1Responses() {
    }

    static ChatResult.Builder result(JsonNode r) {
        String finish = r.hasNonNull("finish_reason") ? r.get("finish_reason").asText() : null;
        List<ToolCall> calls = toolCalls(r.path("tool_calls"), r.path("generation_id").asText("call"));
        ChatResult.Builder b = ChatResult.builder()
                .text(r.path("text").asText(""))
                .responseId(r.hasNonNull("response_id") ? r.get("response_id").asText()
                        : r.path("generation_id").asText(null))
                .finishReason(calls.isEmpty() ? CohereFinishReasons.of(finish)
                        : io.camelai.support.chat.FinishReason.TOOL_CALLS)
                .finishReasonRaw(finish)
                .usage(usage(r.path("meta")))
                .toolCalls(calls)
                .raw(r);
        List<Object> citations = new ArrayList<>();
        r.path("citations").forEach(citations::add);
        b.citations(citations);
        if (!calls.isEmpty()) {
            b.header(CohereConstants.TOOL_PLAN, r.path("text").asText(null));
        }
        if (r.hasNonNull("search_queries")) {
            b.header(CohereConstants.SEARCH_QUERIES, r.get("search_queries"));
        }
        if (r.path("documents").size() > 0) {
            b.header(CohereConstants.RESPONSE_DOCUMENTS, r.get("documents"));
        }
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

    /** Billed units (what the account pays for), else the raw token counts. */
    static Usage usage(JsonNode meta) {
        JsonNode t = meta.has("billed_units") ? meta.get("billed_units") : meta.get("tokens");
        if (t == null || !t.isObject()) {
            return null;
        }
        return Usage.of(t.hasNonNull("input_tokens") ? t.get("input_tokens").asLong() : null,
                t.hasNonNull("output_tokens") ? t.get("output_tokens").asLong() : null);
    }

    static void warnings(JsonNode meta, ChatResult.Builder b) {
        if (meta.path("warnings").size() > 0) {
            List<String> warnings = new ArrayList<>();
            meta.get("warnings").forEach(w -> warnings.add(w.asText()));
            b.header(CohereConstants.WARNINGS, warnings);
        }
    }
}
