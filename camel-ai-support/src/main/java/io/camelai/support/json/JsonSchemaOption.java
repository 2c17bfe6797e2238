package io.camelai.support.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/**
 * The jsonSchema option's value as a JSON object: inline JSON, or a {@code classpath:}/{@code file:} resource read
 * once. A bad schema fails naming the option.
 */
public final class JsonSchemaOption {

    private final CamelContext context;
    private final Map<String, JsonNode> cache = new ConcurrentHashMap<>();

    public JsonSchemaOption(CamelContext context) {
        this.context = context;
    }

    public JsonNode get(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return cache.computeIfAbsent(value, this::load);
    }

    private JsonNode load(String value) {
        String json = value.strip();
        if (!json.startsWith("{")) {
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, json)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalArgumentException("Option jsonSchema: cannot read " + value + ": " + e.getMessage(),
                        e);
            }
        }
        JsonNode node = AiJson.readTreeOrNull(json);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("Option jsonSchema must be a JSON Schema object (inline JSON or a"
                                               + " classpath:/file: resource), got: " + abbreviate(value));
        }
        return node;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
