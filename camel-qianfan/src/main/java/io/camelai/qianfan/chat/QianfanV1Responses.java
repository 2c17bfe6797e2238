package io.camelai.qianfan.chat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.QianfanConstants;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.Usage;

/**
 * Reads v1 chat responses (the response of a model's chat API, e.g.
 * https://cloud.baidu.com/doc/WENXINWORKSHOP/s/7lxwwtafj): text, function call, finish reason, usage and Qianfan's
 * flags.
 */
final class QianfanV1Responses {

    private QianfanV1Responses() {}

    static ChatResult.Builder result(JsonNode r) {
        String finish = text(r, "finish_reason");
        ChatResult.Builder b = ChatResult.builder()
                .text(r.path("result").asText(""))
                .responseId(text(r, "id"))
                .finishReason(finishReason(finish, r))
                .finishReasonRaw(finish)
                .usage(usage(r.get("usage")))
                .raw(r);
        JsonNode fc = r.get("function_call");
        boolean call = fc != null && fc.hasNonNull("name");
        if (call) {
            b.toolCalls(List.of(toolCall(r, fc)));
        }
        b.header(QianfanConstants.FUNCTION_THOUGHTS, call ? text(fc, "thoughts") : null);
        headers(r, b);
        return b;
    }

    /** v1 function calls have no id; the response id names the call (there is at most one per response). */
    static ToolCall toolCall(JsonNode response, JsonNode fc) {
        String id = response.hasNonNull("id") ? response.get("id").asText() + "-fc" : "fc-" + System.nanoTime();
        return new ToolCall(id, fc.get("name").asText(), text(fc, "arguments"));
    }

    /** Set even when absent (null removes it): an earlier call's values must not stay on the exchange. */
    static void headers(JsonNode r, ChatResult.Builder b) {
        b.header(QianfanConstants.IS_TRUNCATED, r.has("is_truncated") ? r.get("is_truncated").asBoolean() : null);
        b.header(QianfanConstants.NEED_CLEAR_HISTORY,
                r.has("need_clear_history") ? r.get("need_clear_history").asBoolean() : null);
        b.header(QianfanConstants.BAN_ROUND, r.hasNonNull("ban_round") ? r.get("ban_round").asInt() : null);
        b.header(QianfanConstants.SEARCH_INFO, r.hasNonNull("search_info") ? r.get("search_info") : null);
        b.header(QianfanConstants.FLAG, r.hasNonNull("flag") ? r.get("flag").asInt() : null);
    }

    static FinishReason finishReason(String raw, JsonNode r) {
        if (raw == null) {
            return r.hasNonNull("function_call") ? FinishReason.TOOL_CALLS : null;
        }
        return switch (raw) {
            case "normal", "stop" -> r.hasNonNull("function_call") ? FinishReason.TOOL_CALLS : FinishReason.STOP;
            case "length" -> FinishReason.LENGTH;
            case "content_filter" -> FinishReason.CONTENT_FILTER;
            case "function_call" -> FinishReason.TOOL_CALLS;
            default -> FinishReason.OTHER;
        };
    }

    static Usage usage(JsonNode u) {
        if (u == null || !u.isObject()) {
            return null;
        }
        return Usage.of(Usage.count(u, "prompt_tokens"), Usage.count(u, "completion_tokens"),
                Usage.count(u, "total_tokens"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
