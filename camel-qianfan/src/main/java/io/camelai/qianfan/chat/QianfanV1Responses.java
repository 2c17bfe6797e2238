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
        if (fc != null && fc.hasNonNull("name")) {
            b.toolCalls(List.of(toolCall(r, fc)));
            b.header(QianfanConstants.FUNCTION_THOUGHTS, text(fc, "thoughts"));
        }
        headers(r, b);
        return b;
    }

    /** v1 function calls have no id; the response id names the call (there is at most one per response). */
    static ToolCall toolCall(JsonNode response, JsonNode fc) {
        String id = response.hasNonNull("id") ? response.get("id").asText() + "-fc" : "fc-" + System.nanoTime();
        return new ToolCall(id, fc.get("name").asText(), text(fc, "arguments"));
    }

    static void headers(JsonNode r, ChatResult.Builder b) {
        if (r.has("is_truncated")) {
            b.header(QianfanConstants.IS_TRUNCATED, r.get("is_truncated").asBoolean());
        }
        if (r.has("need_clear_history")) {
            b.header(QianfanConstants.NEED_CLEAR_HISTORY, r.get("need_clear_history").asBoolean());
        }
        if (r.hasNonNull("ban_round")) {
            b.header(QianfanConstants.BAN_ROUND, r.get("ban_round").asInt());
        }
        if (r.hasNonNull("search_info")) {
            b.header(QianfanConstants.SEARCH_INFO, r.get("search_info"));
        }
        if (r.hasNonNull("flag")) {
            b.header(QianfanConstants.FLAG, r.get("flag").asInt());
        }
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
