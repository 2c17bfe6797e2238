package io.camelai.support.chat;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.support.json.AiJson;

/**
 * A tool the model may call: its name, what it does, and a JSON Schema object describing its arguments. Each provider
 * maps it to its own format (Cohere v1 {@code parameter_definitions}, Qianfan {@code functions}, OpenAI-style
 * {@code tools} elsewhere).
 */
public record ToolDefinition(String name, String description, JsonNode parameters) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_\\-]{0,63}")) {
            throw new IllegalArgumentException("Tool name '" + name
                    + "' is invalid: use letters, digits, '_' or '-', starting with a letter or '_', at most 64 characters");
        }
        if (parameters == null) {
            ObjectNode empty = AiJson.mapper().createObjectNode();
            empty.put("type", "object");
            empty.putObject("properties");
            parameters = empty;
        }
    }
}
