package io.camelai.cohere.ops;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.TextBody;
import io.camelai.support.json.AiJson;
import org.apache.camel.Message;

/**
 * A message body that is a JSON object (a Map, a JsonNode, or JSON text), as the map a request body is built from.
 * Text is read through {@link TextBody}: a POJO's {@code toString()} is never parsed.
 */
final class JsonBodies {

    private JsonBodies() {}

    /** Whether the body is a Map, a JsonNode, or text that starts like a JSON object. */
    static boolean isObject(Message in) {
        Object body = in.getBody();
        if (body instanceof Map<?, ?> || body instanceof JsonNode node && node.isObject()) {
            return true;
        }
        String text = TextBody.of(in.getExchange(), body);
        if (text != null && !(body instanceof CharSequence || body instanceof byte[])) {
            in.setBody(text); // a stream or file is read once: what object() reads next is this text
        }
        return text != null && text.stripLeading().startsWith("{");
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
            String text = TextBody.of(in.getExchange(), body);
            if (text == null) {
                throw new IllegalArgumentException(what + ": the body must be a JSON object (a Map, a JsonNode or"
                        + " JSON text), not a " + TextBody.typeOf(body));
            }
            if (text.isBlank()) {
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
