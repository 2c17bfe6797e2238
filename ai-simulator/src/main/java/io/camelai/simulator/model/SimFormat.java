package io.camelai.simulator.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.SimJson;

/**
 * The answer format a chat request asks for: text, any JSON ({@code json_object} without a schema), or JSON that
 * conforms to a JSON Schema. Each provider spells it its own way; the simulated model answers with an instance of
 * the schema ({@link SimArguments}), or a small JSON object without one.
 *
 * @param json   whether the answer must be JSON
 * @param schema the JSON Schema the answer must conform to, or null
 */
public record SimFormat(boolean json, JsonNode schema) {

    public static final SimFormat TEXT = new SimFormat(false, null);

    /** OpenAI-style (Azure, Qianfan v2): {@code {type: json_object}} or {@code {type: json_schema, json_schema: {schema}}}. */
    public static SimFormat openAi(JsonNode responseFormat) {
        String type = responseFormat == null ? null : responseFormat.path("type").asText(null);
        if ("json_schema".equals(type)) {
            return new SimFormat(true, object(responseFormat.path("json_schema").get("schema")));
        }
        return "json_object".equals(type) ? new SimFormat(true, null) : TEXT;
    }

    /** Cohere: {@code {type: json_object, json_schema (v2) or schema (v1)}}. */
    public static SimFormat cohere(JsonNode responseFormat, String schemaKey) {
        if (responseFormat == null || !"json_object".equals(responseFormat.path("type").asText(null))) {
            return TEXT;
        }
        return new SimFormat(true, object(responseFormat.get(schemaKey)));
    }

    /**
     * Qianfan v1: {@code response_format: "json_object"} has no schema parameter; a schema given in the system
     * instruction (the first JSON object in it that reads as a schema) is followed like a real model would.
     */
    public static SimFormat qianfanV1(JsonNode responseFormat, String system) {
        if (responseFormat == null || !"json_object".equals(responseFormat.asText(null))) {
            return TEXT;
        }
        int at = system == null ? -1 : system.indexOf('{');
        JsonNode schema = at < 0 ? null : SimJson.readOrNull(system.substring(at));
        return new SimFormat(true,
                schema != null && (schema.has("properties") || schema.has("type")) ? object(schema) : null);
    }

    /** An answer in this format for a user message: an instance of the schema, else {@code {"answer": text}}. */
    public String answer(String userMessage, String text) {
        if (schema == null) {
            return SimJson.write(SimJson.object().put("answer", text));
        }
        return SimJson.write(SimArguments.instance(schema, userMessage));
    }

    private static JsonNode object(JsonNode schema) {
        return schema != null && schema.isObject() ? schema : null;
    }
}
