package io.camelai.support.tools;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;

/**
 * The model's arguments of one tool call: untrusted, so bounded in size, parsed as a JSON object and checked against
 * the tool's declared schema (required arguments present; the top-level arguments of the declared {@code type} and
 * {@code enum}). Nested values are left to the tool (a bean tool binds them with Jackson).
 */
public final class ToolArguments {

    /** The largest arguments text a tool call may carry: 1 MiB of characters. */
    public static final int MAX_CHARS = 1 << 20;

    private ToolArguments() {}

    /** Parses the arguments as a JSON object, refusing anything over {@link #MAX_CHARS}. */
    public static ObjectNode parse(ToolCall call) {
        String text = call.arguments();
        if (text.length() > MAX_CHARS) {
            throw new InvalidToolArgumentsException("the arguments are too large (" + text.length()
                    + " characters; at most " + MAX_CHARS + ")");
        }
        JsonNode json;
        try {
            json = ToolJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidToolArgumentsException("the arguments are not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new InvalidToolArgumentsException("the arguments must be a JSON object, got "
                    + (json == null ? "nothing" : json.getNodeType()));
        }
        return (ObjectNode) json;
    }

    /** Parses the arguments and checks them against the tool's declared schema. */
    public static ObjectNode parse(ToolCall call, ToolDefinition definition) {
        ObjectNode args = parse(call);
        check(args, definition.parameters());
        return args;
    }

    private static void check(ObjectNode args, JsonNode schema) {
        for (JsonNode r : schema.path("required")) {
            JsonNode v = args.get(r.asText());
            if (v == null || v.isNull()) {
                throw new InvalidToolArgumentsException("missing required argument '" + r.asText() + "'");
            }
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode v = args.get(p.getKey());
            if (v == null || v.isNull()) {
                continue; // absent, or an optional argument the model sent as null
            }
            JsonNode type = p.getValue().path("type");
            if (!type.isMissingNode() && !matchesType(v, type)) {
                throw new InvalidToolArgumentsException("argument '" + p.getKey() + "' must be of type "
                        + (type.isArray() ? type.toString() : type.asText())
                        + ", got " + kind(v));
            }
            JsonNode values = p.getValue().path("enum");
            if (values.isArray() && !contains(values, v)) {
                throw new InvalidToolArgumentsException("argument '" + p.getKey() + "' must be one of " + values);
            }
        }
    }

    private static boolean matchesType(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (matchesType(v, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> v.isTextual();
            case "integer" ->
                v.isIntegralNumber() || v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "array" -> v.isArray();
            case "object" -> v.isObject();
            case "null" -> v.isNull();
            default -> true; // a type this check does not know: left to the tool
        };
    }

    private static boolean contains(JsonNode values, JsonNode v) {
        for (JsonNode e : values) {
            if (e.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> v.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> v.getNodeType().name().toLowerCase();
        };
    }
}
