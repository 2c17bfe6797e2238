package io.camelai.cohere.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelai.support.json.WireRequest;

/**
 * The body of {@code POST /v1/chat} (https://docs.cohere.com/v1/reference/chat) as snake_case keys: {@code message}, {@code chat_history},
 * {@code preamble}, {@code documents}, {@code connectors}, ... Send one as the message body of an
 * {@code apiVersion=v1} endpoint to control every field; options and headers fill only the keys it leaves unset.
 */
public class V1ChatRequest extends WireRequest<V1ChatRequest> {

    public V1ChatRequest message(String message) {
        return put("message", message);
    }

    /** History entries such as {@code {"role": "USER", "message": "..."}} (roles USER, CHATBOT, SYSTEM, TOOL). */
    public V1ChatRequest chatHistory(List<Map<String, Object>> history) {
        return put("chat_history", new ArrayList<>(history));
    }
}
