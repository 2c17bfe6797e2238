package io.camelai.cohere.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelai.support.json.WireRequest;

/**
 * The body of {@code POST /v1/chat} (https://docs.cohere.com/v1/reference/chat) as snake_case keys: {@code message}, {@code chat_history},
 * {@code preamble}, {@code documents}, {@code connectors}, ... Send one as the message body of an
 * {@code apiVersion=v1} endpoint to control every field; options and headers fill only the keys it leaves unset.
 */
public class V1ChatRequest extends WireRequest<V1ChatRequest> {

    /** Every top-level key a v1 body gets from the component: no extra.* key may name one. */
    public static final Set<String> FIELDS = Set.of("message", "chat_history", "tool_results", "model", "preamble",
            "temperature", "max_tokens", "max_input_tokens", "k", "p", "seed", "stop_sequences", "frequency_penalty",
            "presence_penalty", "safety_mode", "conversation_id", "connectors", "prompt_truncation",
            "search_queries_only", "documents", "citation_quality", "force_single_step", "raw_prompting",
            "return_prompt", "response_format", "tools", "stream");

    public V1ChatRequest message(String message) {
        return put("message", message);
    }

    /** History entries such as {@code {"role": "USER", "message": "..."}} (roles USER, CHATBOT, SYSTEM, TOOL). */
    public V1ChatRequest chatHistory(List<Map<String, Object>> history) {
        return put("chat_history", new ArrayList<>(history));
    }
}
