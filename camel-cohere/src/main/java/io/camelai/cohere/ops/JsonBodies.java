package io.camelai.cohere.ops;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.json.AiJson;
import org.apache.camel.Message;

/** A message body that is a JSON object (a Map, a JsonNode, or JSON text), as the map a request body is built from. */
final class JsonBodies {

    private JsonBodies() {
    }

    /** Whether the body is a Map, a JsonNode, or text that starts like a JSON object. */
    static boolean isObject(Message in) {
        Object body = in.getBody();
        if (body instanceof Map<?, ?> || body instanceof JsonNode node && node.isObject()) {
            return true;
        }
        if (body instanceof String || body instanceof byte[]) {
            String text = in.getBody(String.class);
            return text != null && text.stripLeading().startsWith("{");
        }
        return false;
    }

    /** The body as a JSON object; null when the body is empty; else an IllegalArgumentException naming {@code what}. */
    static Map<String, Object> object(Message in, String what) {
        Object body = in.getBody();
        if (body == null) {
            return null;
        }
        JsonNode node;
        if (body instanceof Map<?, ?> || body instanceof JsonNode) {
            node = AiJson.mapper().valueToTree(body);
        } else {
            String text = in.getBody(String.class);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                node = AiJson.mapper().readTree(text);
            } catch (IOException e) {
                throw new IllegalArgumentException(what + ": the body must be a JSON object (a Map, a JsonNode or"
                                                   + " JSON text); it does not parse as JSON", e);
            }
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + ": the body must be a JSON object (a Map, a JsonNode or JSON"
                                               + " text), not " + (node == null ? "empty" : node.getNodeType()));
        }
        return new LinkedHashMap<>(AiJson.mapper().convertValue(node, CohereApiProducer.MAP));
    }
}
