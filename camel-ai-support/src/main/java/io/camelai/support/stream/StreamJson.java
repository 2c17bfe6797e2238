package io.camelai.support.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.json.AiJson;

/** Parses one event of a stream as a JSON object; anything else is a {@link MalformedStreamException}. */
public final class StreamJson {

    private StreamJson() {}

    /**
     * @param what how the event is named in the message ({@code chunk}, {@code content-delta event})
     */
    public static JsonNode object(String data, String what) throws MalformedStreamException {
        JsonNode node;
        try {
            node = AiJson.mapper().readTree(data);
        } catch (JsonProcessingException e) {
            throw new MalformedStreamException("malformed " + what + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedStreamException("malformed " + what + ": not a JSON object");
        }
        return node;
    }
}
