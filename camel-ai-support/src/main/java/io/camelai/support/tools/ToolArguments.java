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
 * the tool's declared schema: required members present, each declared value of its {@code type} and {@code enum},
 * no undeclared member where {@code additionalProperties} is false, at every level of nested objects and array
 * {@code items}. Other keywords ({@code $ref}, {@code oneOf}, formats, ranges) are left to the tool (a bean tool binds
 * the values with Jackson).
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
        checkObject(args, schema, "");
    }

    /** Required members, then each declared member's value; recursion follows the (trusted) schema only. */
    private static void checkObject(JsonNode object, JsonNode schema, String path) {
        for (JsonNode r : schema.path("required")) {
            JsonNode v = object.get(r.asText());
            if (v == null || v.isNull()) {
                throw new InvalidToolArgumentsException("missing required argument '" + path + r.asText() + "'");
            }
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode v = object.get(p.getKey());
            if (v != null && !v.isNull()) { // absent, or an optional argument the model sent as null: fine
                checkValue(v, p.getValue(), path + p.getKey());
            }
        }
        if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!properties.has(name)) {
                    throw new InvalidToolArgumentsException("argument '" + path + name
                            + "' is not declared (the schema allows no other arguments)");
                }
            }
        }
    }

    private static void checkValue(JsonNode v, JsonNode schema, String path) {
        JsonNode type = schema.path("type");
        if (!type.isMissingNode() && !matchesType(v, type)) {
            throw new InvalidToolArgumentsException("argument '" + path + "' must be of type "
                    + (type.isArray() ? type.toString() : type.asText()) + ", got " + kind(v));
        }
        JsonNode values = schema.path("enum");
        if (values.isArray() && !contains(values, v)) {
            throw new InvalidToolArgumentsException("argument '" + path + "' must be one of " + values);
        }
        if (v.isObject() && schema.isObject()) {
            checkObject(v, schema, path + ".");
        } else if (v.isArray() && schema.path("items").isObject()) {
            for (int i = 0; i < v.size(); i++) {
                checkValue(v.get(i), schema.get("items"), path + "[" + i + "]");
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
