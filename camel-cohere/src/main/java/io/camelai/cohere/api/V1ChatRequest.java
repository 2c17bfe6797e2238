package io.camelai.cohere.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * The body of {@code POST /v1/chat} (https://docs.cohere.com/v1/reference/chat) as snake_case keys: {@code message}, {@code chat_history},
 * {@code preamble}, {@code documents}, {@code connectors}, ... Send one as the message body of an
 * {@code apiVersion=v1} endpoint to control every field; options and headers fill only the keys it leaves unset.
 */
public class V1ChatRequest {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public V1ChatRequest message(String message) {
        fields.put("message", message);
        return this;
    }

    /** History entries such as {@code {"role": "USER", "message": "..."}} (roles USER, CHATBOT, SYSTEM, TOOL). */
    public V1ChatRequest chatHistory(List<Map<String, Object>> history) {
        fields.put("chat_history", new ArrayList<>(history));
        return this;
    }

    /** Sets any body key (snake_case, as the API names it). */
    @JsonAnySetter
    public V1ChatRequest put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> fields() {
        return fields;
    }
}
