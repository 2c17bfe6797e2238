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
        return object(data, null, what);
    }

    /**
     * {@link #object(String, String)} for an event of a named type: a failure names it {@code "<type> <what>"}
     * (the message is built only then, not for every event of a stream).
     *
     * @param type the event's {@code event:} name, null when it has none
     */
    public static JsonNode object(String data, String type, String what) throws MalformedStreamException {
        JsonNode node;
        try {
            node = AiJson.mapper().readTree(data);
        } catch (JsonProcessingException e) {
            throw new MalformedStreamException("malformed " + name(type, what) + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedStreamException("malformed " + name(type, what) + ": not a JSON object");
        }
        return node;
    }

    private static String name(String type, String what) {
        return type == null ? what : type + " " + what;
    }
}
