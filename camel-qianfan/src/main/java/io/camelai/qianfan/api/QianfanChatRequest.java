package io.camelai.qianfan.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * A Qianfan chat body in the wire shape of the endpoint's API version (v1: {@code messages}, {@code system},
 * {@code functions}, {@code penalty_score}, ...; v2: OpenAI-style), as snake_case keys. Send one as the message body
 * to control every field; endpoint options and headers fill only the keys it leaves unset.
 */
public class QianfanChatRequest {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** The messages: maps such as {@code {"role": "user", "content": "..."}}. */
    public QianfanChatRequest messages(List<Map<String, Object>> messages) {
        fields.put("messages", new ArrayList<>(messages));
        return this;
    }

    /** Sets a body key (snake_case, as the API names it). */
    @JsonAnySetter
    public QianfanChatRequest put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> fields() {
        return fields;
    }
}
