package io.camelai.support.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns what a tool returned into the JSON the model reads: a JSON object or array is sent as it is (a String holding
 * one too); anything else is wrapped as {@code {"result": ...}}. Errors become {@code {"error": "..."}}.
 */
public final class ToolResults {

    private ToolResults() {}

    public static String toJson(Object value) {
        JsonNode node;
        if (value instanceof JsonNode n) {
            node = n;
        } else if (value instanceof String s) {
            node = parseContainer(s);
            if (node == null) {
                return wrap(ToolJson.mapper().getNodeFactory().textNode(s));
            }
        } else {
            node = ToolJson.mapper().valueToTree(value);
        }
        return node != null && node.isContainerNode() ? node.toString() : wrap(node);
    }

    public static String error(String message) {
        ObjectNode o = ToolJson.mapper().createObjectNode();
        o.put("error", message);
        return o.toString();
    }

    private static String wrap(JsonNode node) {
        ObjectNode o = ToolJson.mapper().createObjectNode();
        o.set("result", node);
        return o.toString();
    }

    private static JsonNode parseContainer(String s) {
        String t = s.strip();
        if (!(t.startsWith("{") || t.startsWith("["))) {
            return null;
        }
        try {
            return ToolJson.mapper().readTree(t);
        } catch (Exception e) {
            return null;
        }
    }
}
